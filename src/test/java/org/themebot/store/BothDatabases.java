package org.themebot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A migrated SQLite file and a migrated PostgreSQL database (on the run's one embedded server) for
 * one test class, so a store's SQL is checked on both. Register it static and give parameterized
 * tests {@link #arguments()}: ("SQLite", database), ("PostgreSQL", database). Tests share the two
 * databases, so each should work in a group (a channel) of its own.
 */
public final class BothDatabases implements BeforeAllCallback, AfterAllCallback {

    private Database sqlite;
    private Database postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path dir = Files.createTempDirectory("themebot-both");
        dir.toFile().deleteOnExit();
        sqlite = TestDatabase.sqlite(dir);
        postgres = TestPostgres.migrated();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        sqlite.close();
        postgres.close();
    }

    public Stream<Arguments> arguments() {
        return Stream.of(Arguments.of("SQLite", sqlite), Arguments.of("PostgreSQL", postgres));
    }
}
