package org.themebot.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;

/**
 * Jdbi's parsing of SQL text (its {@code <list>} templates, then its {@code :named} parameters),
 * shared by every {@link Database} in the JVM. Jdbi keeps what it parsed per Jdbi instance; a
 * running themebot has one, but the tests open hundreds, and lexing the same few hundred statements
 * again for each cost the suite a third of its CPU. The results depend on the text alone.
 */
final class ParsedSql {

    private static final SqlParser PARAMETERS = new ColonPrefixSqlParser();
    private static final TemplateEngine TEMPLATES = new RememberedTemplates();

    private ParsedSql() {
    }

    static void shareWith(Jdbi jdbi) {
        jdbi.getConfig(SqlStatements.class).setSqlParser(PARAMETERS).setTemplateEngine(TEMPLATES);
    }

    /**
     * Jdbi's own template engine, each text parsed once. Every text comes from the code or the
     * schema's table names, never from a value, so what is kept stays a few hundred entries.
     */
    private static final class RememberedTemplates implements TemplateEngine.Parsing {
        private final TemplateEngine.Parsing engine = new DefinedAttributeTemplateEngine();
        private final Map<String, Optional<Function<StatementContext, String>>> parsed = new ConcurrentHashMap<>();

        @Override
        public Optional<Function<StatementContext, String>> parse(String template, ConfigRegistry config) {
            return parsed.computeIfAbsent(template, text -> engine.parse(text, config));
        }
    }
}
