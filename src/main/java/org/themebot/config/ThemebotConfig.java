package org.themebot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Everything themebot is configured with, read once at start-up and passed down. demo: in sandbox
 * mode, load the demo theme group at start. publicUrl: where people reach themebot (links in mail);
 * mail: absent when no SMTP server is set, and then nothing is e-mailed.
 */
public record ThemebotConfig(
        int port,
        Database database,
        Slack slack,
        Duration sweepInterval,
        ZoneId defaultTimeZone,
        boolean demo,
        Optional<URI> publicUrl,
        Optional<Mail> mail) {

    /** Without the sandbox's demo. */
    public ThemebotConfig(int port, Database database, Slack slack, Duration sweepInterval, ZoneId defaultTimeZone) {
        this(port, database, slack, sweepInterval, defaultTimeZone, false);
    }

    /** Without mail. */
    public ThemebotConfig(int port, Database database, Slack slack, Duration sweepInterval, ZoneId defaultTimeZone,
                          boolean demo) {
        this(port, database, slack, sweepInterval, defaultTimeZone, demo, Optional.empty(), Optional.empty());
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

    /** Where themebot's mail goes out, and whom it comes from (THEMEBOT_MAIL_FROM, e.g. "Theme Bot <themebot@example.org>"). */
    public record Mail(Smtp smtp, String from) {
    }

    /**
     * An SMTP server (THEMEBOT_SMTP_URL): {@code smtps://} speaks TLS from the first byte (port 465);
     * {@code smtp://} upgrades with STARTTLS when the server offers it. The password is kept out of
     * {@link #toString()}, so no log line or error message can show it.
     */
    public record Smtp(boolean implicitTls, String host, int port, Optional<String> user, Optional<String> password) {

        @Override
        public String toString() {
            return (implicitTls ? "smtps://" : "smtp://") + user.map(u -> u + ":***@").orElse("") + host + ":" + port;
        }
    }

    public Mode mode() {
        return slack.mode();
    }

    public ThemebotConfig withPort(int newPort) {
        return new ThemebotConfig(newPort, database, slack, sweepInterval, defaultTimeZone, demo, publicUrl, mail);
    }
}
