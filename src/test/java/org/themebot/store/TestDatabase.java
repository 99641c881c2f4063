package org.themebot.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.themebot.config.ThemebotConfig;

/** Fresh, migrated SQLite databases for store and service tests, and a way to see that nothing changed. */
public final class TestDatabase {

    private static final String FILE = "themebot.db";

    /** A migrated, empty database, made once: copying it is much faster than migrating afresh. */
    private static Path emptyTemplate;

    private TestDatabase() {
    }

    /** A new, empty, migrated SQLite file in {@code dir}, opened as the app opens it. */
    public static Database sqlite(Path dir) {
        return copyOf(emptyTemplate(), dir);
    }

    /** A copy of the SQLite database in {@code sourceDir} (made by this class, so migrated) in {@code dir}. */
    public static Database copyOf(Path sourceDir, Path dir) {
        return Database.openMigratedCopy(config("jdbc:sqlite:" + copyFiles(sourceDir, dir)));
    }

    /**
     * An empty, migrated SQLite file at {@code file}, not opened: for a whole app that opens it
     * itself (and so does not migrate it again).
     */
    public static void emptyFileAt(Path file) {
        Path copied = copyFiles(emptyTemplate(), file.getParent());
        if (!copied.equals(file)) {
            throw new IllegalArgumentException("the test database is " + copied + ", not " + file);
        }
    }

    private static Path copyFiles(Path sourceDir, Path dir) {
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path file = sourceDir.resolve(FILE + suffix);
                if (Files.exists(file)) {
                    Files.copy(file, dir.resolve(FILE + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(FILE);
    }

    public static ThemebotConfig.Database config(String url) {
        return new ThemebotConfig.Database(url, Optional.empty(), Optional.empty());
    }

    private static synchronized Path emptyTemplate() {
        if (emptyTemplate == null) {
            try {
                Path dir = Files.createTempDirectory("themebot-template");
                dir.toFile().deleteOnExit();
                for (String suffix : List.of("", "-wal", "-shm")) {
                    dir.resolve(FILE + suffix).toFile().deleteOnExit();
                }
                Database.open(config("jdbc:sqlite:" + dir.resolve(FILE))).close(); // closed: its WAL is folded in
                emptyTemplate = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return emptyTemplate;
    }

    /**
     * Every table's row count and a hash of all its rows (SQLite): two snapshots are equal only if
     * no row of any table was added, removed or changed in between.
     */
    public static Map<String, String> snapshot(Jdbi jdbi) {
        return jdbi.withHandle(handle -> {
            List<String> tables = handle.createQuery("""
                    SELECT name FROM sqlite_master
                    WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name <> 'flyway_schema_history'
                    ORDER BY name
                    """).mapTo(String.class).list();
            Map<String, String> snapshot = new LinkedHashMap<>();
            for (String table : tables) {
                List<String> rows = handle.createQuery("SELECT * FROM " + table).mapToMap()
                        .map(Object::toString).list();
                String all = rows.stream().sorted().collect(Collectors.joining("\n"));
                snapshot.put(table, rows.size() + " rows, sha256 " + sha256(all));
            }
            return snapshot;
        });
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
