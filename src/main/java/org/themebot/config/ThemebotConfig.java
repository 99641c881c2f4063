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

    /** MULTI_WORKSPACE: installed with "Add to Slack" (OAuth) in any number of workspaces, a token for each. */
    public enum Mode { SANDBOX, HTTP, SOCKET, MULTI_WORKSPACE }

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

        /** Without the password, nor one written into the URL ({@code ?password=…}). */
        @Override
        public String toString() {
            return "Database[url=" + url.replaceAll("(?i)(password=)[^&;]*", "$1***") + ", user=" + user.orElse("")
                    + ", password=" + secret(password) + ", poolSize=" + poolSize + "]";
        }
    }

    /**
     * Slack's credentials: a bot token for one workspace (HTTP or Socket Mode), or {@code installs}
     * for many; neither for the sandbox. Secrets are kept out of {@link #toString()}.
     */
    public record Slack(Optional<String> botToken, Optional<String> signingSecret,
                        Optional<String> appToken, String apiUrl, Optional<Installs> installs) {

        /** One workspace (or the sandbox). */
        public Slack(Optional<String> botToken, Optional<String> signingSecret, Optional<String> appToken,
                     String apiUrl) {
            this(botToken, signingSecret, appToken, apiUrl, Optional.empty());
        }

        public Mode mode() {
            if (botToken.isEmpty()) {
                return installs.isPresent() ? Mode.MULTI_WORKSPACE : Mode.SANDBOX;
            }
            return appToken.isPresent() ? Mode.SOCKET : Mode.HTTP;
        }

        @Override
        public String toString() {
            return "Slack[botToken=" + secret(botToken) + ", signingSecret=" + secret(signingSecret) + ", appToken="
                    + secret(appToken) + ", apiUrl=" + apiUrl + ", installs=" + installs.map(Installs::toString)
                    .orElse("none") + "]";
        }
    }

    /**
     * Multi-workspace mode: the app's OAuth client (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET), the key
     * that encrypts each workspace's tokens at rest (THEMEBOT_ENCRYPTION_KEY, 32 bytes), and how long
     * an uninstalled workspace's data is kept (THEMEBOT_RETENTION_DAYS).
     */
    public record Installs(String clientId, String clientSecret, byte[] encryptionKey, Duration retention) {

        public Installs {
            encryptionKey = encryptionKey.clone();
        }

        @Override
        public byte[] encryptionKey() {
            return encryptionKey.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Installs that && clientId.equals(that.clientId)
                    && clientSecret.equals(that.clientSecret) && java.util.Arrays.equals(encryptionKey, that.encryptionKey)
                    && retention.equals(that.retention);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(clientId, clientSecret, java.util.Arrays.hashCode(encryptionKey), retention);
        }

        @Override
        public String toString() {
            return "Installs[clientId=" + clientId + ", clientSecret=***, encryptionKey=***, retention=" + retention + "]";
        }
    }

    /** A secret as a log line may show it: that it is set, not what it is. */
    private static String secret(Optional<String> value) {
        return value.isPresent() ? "***" : "none";
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
