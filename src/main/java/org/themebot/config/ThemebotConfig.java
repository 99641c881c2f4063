package org.themebot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Everything themebot is configured with, read once at start-up and passed down. demo: in sandbox
 * mode, load the demo theme group at start.
 */
public record ThemebotConfig(
        int port,
        Database database,
        Slack slack,
        Duration sweepInterval,
        ZoneId defaultTimeZone,
        boolean demo) {

    /** Without the sandbox's demo. */
    public ThemebotConfig(int port, Database database, Slack slack, Duration sweepInterval, ZoneId defaultTimeZone) {
        this(port, database, slack, sweepInterval, defaultTimeZone, false);
    }

    public enum Mode { SANDBOX, HTTP, SOCKET }

    /** poolSize: connections in the pool on PostgreSQL, readers beside the one writer on SQLite. */
    public record Database(String url, Optional<String> user, Optional<String> password, int poolSize) {

        public Database(String url, Optional<String> user, Optional<String> password) {
            this(url, user, password, org.themebot.store.Database.DEFAULT_POOL_SIZE);
        }

        public boolean isSqlite() {
            return url.startsWith("jdbc:sqlite:");
        }

        /** The SQLite file, when the URL names one (not an in-memory database). */
        public Optional<Path> sqliteFile() {
            if (!isSqlite()) {
                return Optional.empty();
            }
            String path = url.substring("jdbc:sqlite:".length());
            int query = path.indexOf('?');
            path = query >= 0 ? path.substring(0, query) : path;
            if (path.isEmpty() || path.equals(":memory:") || path.startsWith("file::memory:")) {
                return Optional.empty();
            }
            return Optional.of(Path.of(path.startsWith("file:") ? path.substring("file:".length()) : path));
        }
    }

    public record Slack(Optional<String> botToken, Optional<String> signingSecret,
                        Optional<String> appToken, String apiUrl) {

        public Mode mode() {
            if (botToken.isEmpty()) {
                return Mode.SANDBOX;
            }
            return appToken.isPresent() ? Mode.SOCKET : Mode.HTTP;
        }
    }

    public Mode mode() {
        return slack.mode();
    }

    public ThemebotConfig withPort(int newPort) {
        return new ThemebotConfig(newPort, database, slack, sweepInterval, defaultTimeZone, demo);
    }
}
