package org.themebot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL for the whole test run (per test JVM), started when first needed and
 * stopped when the JVM exits. Each caller gets a database of its own: empty, or copied from a
 * template migrated once (PostgreSQL copies a template's files, much faster than migrating).
 */
public final class TestPostgres {

    private static final String TEMPLATE = "themebot_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static boolean templateReady;

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is going anyway
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** The JDBC URL of a new, empty database. */
    public static String emptyDatabase() {
        return create("");
    }

    /** A new database with themebot's schema, opened as the app opens it (Flyway finds it up to date). */
    public static Database migrated() {
        synchronized (TestPostgres.class) {
            if (!templateReady) {
                String url = create("");
                Database.open(TestDatabase.config(url)).close();
                String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?') < 0 ? url.length() : url.indexOf('?'));
                sql("ALTER DATABASE " + name + " RENAME TO " + TEMPLATE);
                templateReady = true;
            }
        }
        return Database.openMigratedCopy(TestDatabase.config(create(" TEMPLATE " + TEMPLATE)));
    }

    private static String create(String template) {
        String name = "themebot_" + DATABASES.incrementAndGet();
        sql("CREATE DATABASE " + name + template);
        return server().getJdbcUrl("postgres", name);
    }

    private static void sql(String statement) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }
}
