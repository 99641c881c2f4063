package org.themebot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.themebot.config.ConfigError;
import org.themebot.config.ThemebotConfig;

/**
 * The one database: SQLite (WAL, busy timeout, foreign keys) or PostgreSQL, migrated by Flyway
 * and reached through Jdbi over a HikariCP pool. Instants and dates are stored as ISO-8601 text
 * so the same SQL runs on both.
 *
 * <p>On SQLite, writers take turns on <b>one writer connection</b> (its transactions are
 * {@code BEGIN IMMEDIATE}), and reads done inside {@link #reading} get a connection from a
 * pool of <b>read-only readers</b>, which WAL lets run beside the writer. Several connections
 * writing at once would only queue inside SQLite, each sleeping in its busy handler; queueing
 * in the pool is fair and does not sleep. On PostgreSQL one pool serves both.
 */
public final class Database {

    /** Connections in the pool (PostgreSQL) or readers beside the writer (SQLite), unless configured. */
    public static final int DEFAULT_POOL_SIZE = 10;

    /** Set while the thread serves a request that only reads. */
    private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);

    private final Jdbi jdbi;
    private final HikariDataSource writer;
    private final HikariDataSource readers;
    private final boolean sqlite;

    private Database(HikariDataSource writer, HikariDataSource readers, boolean sqlite) {
        this.writer = writer;
        this.readers = readers;
        this.sqlite = sqlite;
        this.jdbi = Jdbi.create(() -> (READING.get() ? readers : writer).getConnection())
                .installPlugin(new SqlObjectPlugin());
        if (sqlite) {
            SqliteStatementCache statements = new SqliteStatementCache();
            jdbi.setStatementBuilderFactory(connection -> statements);
        }
        StoresAttachedOnce.installOn(jdbi);
        ParsedSql.shareWith(jdbi);
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.VARCHAR) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return isoText(INSTANT_TEXT.format(value));
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<LocalDate>(Types.VARCHAR) {
            @Override
            protected Argument build(LocalDate value, ConfigRegistry config) {
                return isoText(value);
            }
        });
        jdbi.registerColumnMapper(Instant.class, (rs, col, ctx) -> {
            String text = rs.getString(col);
            return text == null ? null : IsoText.instant(text);
        });
        jdbi.registerColumnMapper(LocalDate.class, (rs, col, ctx) -> {
            String text = rs.getString(col);
            return text == null ? null : IsoText.date(text);
        });
    }

    /** Opens the database the config names and brings its schema up to date. */
    public static Database open(ThemebotConfig.Database config) {
        Database database = config.isSqlite() ? sqlite(config) : postgres(config);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /**
     * Opens a copy of a database that {@link #open} migrated in this JVM, without Flyway's check
     * that it is up to date (a copy cannot be otherwise). For tests, which copy a migrated template
     * for each case: the check, parsing every migration again, cost more than the rest of opening.
     */
    static Database openMigratedCopy(ThemebotConfig.Database config) {
        return config.isSqlite() ? sqlite(config) : postgres(config);
    }

    private static Database sqlite(ThemebotConfig.Database config) {
        config.sqliteFile().map(Path::toAbsolutePath).map(Path::getParent).ifPresent(folder -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new ConfigError("cannot create the database folder " + folder + ": " + e.getMessage());
            }
        });
        // Writers take the lock when the transaction begins, not on their first write: with
        // deferred transactions two writers deadlock into SQLITE_BUSY_SNAPSHOT (Quartz does).
        HikariDataSource writer = pool("themebot-writer", sqliteSource(config.url(), false), 1, config, null);
        // A write slipping into a read-only request fails loudly instead of waiting for the writer.
        HikariDataSource readers = pool("themebot-readers", sqliteSource(config.url(), true), config.poolSize(), config,
                "PRAGMA query_only = true");
        return new Database(writer, readers, true);
    }

    private static SQLiteDataSource sqliteSource(String url, boolean reader) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout(10_000);
        sqlite.enforceForeignKeys(true);
        sqlite.setTransactionMode(reader ? SQLiteConfig.TransactionMode.DEFERRED
                : SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
        dataSource.setUrl(url);
        return dataSource;
    }

    private static Database postgres(ThemebotConfig.Database config) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(config.url());
        config.user().ifPresent(source::setUser);
        config.password().ifPresent(source::setPassword);
        HikariDataSource pool = pool("themebot", source, config.poolSize(), config, null);
        return new Database(pool, pool, false);
    }

    private static HikariDataSource pool(String name, DataSource source, int size, ThemebotConfig.Database config,
                                         String initSql) {
        HikariConfig hikari = new HikariConfig();
        hikari.setConnectionInitSql(initSql);
        hikari.setPoolName(name);
        hikari.setDataSource(source);
        hikari.setMaximumPoolSize(size);
        hikari.setMinimumIdle(1);
        hikari.setConnectionTimeout(30_000);
        try {
            return new HikariDataSource(hikari);
        } catch (HikariPool.PoolInitializationException e) {
            throw new DatabaseUnreachable(config.url(), e.getCause() != null ? e.getCause() : e);
        }
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(writer)
                .locations("classpath:db/migration")
                .placeholders(sqlite ? SQLITE_TYPES : POSTGRES_TYPES)
                .group(true)
                .load()
                .migrate();
    }

    /** Column types the two databases spell differently; migrations use them as ${placeholders}. */
    private static final Map<String, String> SQLITE_TYPES = Map.of(
            "id", "INTEGER PRIMARY KEY AUTOINCREMENT",
            "blob", "BLOB");
    private static final Map<String, String> POSTGRES_TYPES = Map.of(
            "id", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY",
            "blob", "BYTEA");

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Runs work that only reads, on one handle that its queries share (Jdbi hands the thread's
     * open handle to nested calls): on SQLite a reader beside the writer instead of waiting for it.
     * Inside a transaction already open on this thread, it reads in that transaction.
     */
    public <T> T reading(Supplier<T> work) {
        if (READING.get()) {
            return work.get();
        }
        READING.set(true);
        try {
            return jdbi.withHandle(handle -> work.get());
        } finally {
            READING.set(false);
        }
    }

    /** The writing side's connections, for Quartz's job store. */
    public DataSource dataSource() {
        return writer;
    }

    /** A connection outside the pools, for a lock held as long as this process lives ({@link Liveness}). */
    Connection connectionOfItsOwn() throws SQLException {
        return writer.getDataSource().getConnection();
    }

    public boolean isSqlite() {
        return sqlite;
    }

    /** True when a trivial query answers. */
    public boolean isUp() {
        try (Connection connection = readers.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Closes both pools (not AutoCloseable: tests hand one database to many parameterized cases). */
    public void close() {
        writer.close();
        readers.close();
    }

    /**
     * Instants as ISO-8601 UTC text of fixed width (always milliseconds), so that comparing the
     * text compares the times; Instant.toString() drops zero fractions and would not.
     */
    private static final DateTimeFormatter INSTANT_TEXT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Instants and dates are stored as their ISO-8601 text, which sorts and compares as they do. */
    private static Argument isoText(Object value) {
        return (position, statement, ctx) -> statement.setString(position, value.toString());
    }
}
