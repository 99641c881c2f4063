package org.themebot.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code themebot.yml} (THEMEBOT_CONFIG, else ./config/themebot.yml, else the copy in the jar),
 * then lets environment variables override it, and checks the result.
 */
public final class ConfigLoader {

    private static final String DEFAULT_FILE = "config/themebot.yml";

    private final Map<String, String> env;

    public ConfigLoader(Map<String, String> env) {
        this.env = env;
    }

    public ThemebotConfig load() {
        JsonNode yml = readYaml();
        String port = setting("THEMEBOT_PORT", yml, "port");
        String dbUrl = orDefault(setting("THEMEBOT_DB_URL", yml, "database", "url"), "jdbc:sqlite:data/themebot.db");
        ThemebotConfig.Database database = new ThemebotConfig.Database(
                dbUrl,
                optional(setting("THEMEBOT_DB_USER", yml, "database", "user")),
                optional(setting("THEMEBOT_DB_PASSWORD", yml, "database", "password")),
                parsePoolSize(setting("THEMEBOT_DB_POOL_SIZE", yml, "database", "poolSize")));
        ThemebotConfig.Slack slack = new ThemebotConfig.Slack(
                optional(setting("SLACK_BOT_TOKEN", yml, "slack", "botToken")),
                optional(setting("SLACK_SIGNING_SECRET", yml, "slack", "signingSecret")),
                optional(setting("SLACK_APP_TOKEN", yml, "slack", "appToken")),
                withTrailingSlash(setting("SLACK_API_URL", yml, "slack", "apiUrl")),
                InstallSettings.installs(setting("SLACK_CLIENT_ID", yml, "slack", "clientId"),
                        setting("SLACK_CLIENT_SECRET", yml, "slack", "clientSecret"),
                        setting("THEMEBOT_ENCRYPTION_KEY", yml, "installs", "encryptionKey"),
                        setting("THEMEBOT_RETENTION_DAYS", yml, "installs", "retentionDays")));
        Optional<URI> publicUrl = MailSettings.publicUrl(setting("THEMEBOT_PUBLIC_URL", yml, "publicUrl"));
        ThemebotConfig config = new ThemebotConfig(
                parsePort(port),
                database,
                slack,
                parseDuration("THEMEBOT_SWEEP_INTERVAL", setting("THEMEBOT_SWEEP_INTERVAL", yml, "scheduler", "sweepInterval")),
                parseZone(setting("THEMEBOT_DEFAULT_TIMEZONE", yml, "groups", "defaultTimeZone")),
                parseFlag("THEMEBOT_DEMO", setting("THEMEBOT_DEMO", yml, "sandbox", "demo")),
                publicUrl,
                MailSettings.mail(setting("THEMEBOT_SMTP_URL", yml, "mail", "smtpUrl"),
                        setting("THEMEBOT_MAIL_FROM", yml, "mail", "from"), publicUrl));
        check(config);
        return config;
    }

    private JsonNode readYaml() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String explicit = env.get("THEMEBOT_CONFIG");
        Path file = Path.of(explicit != null && !explicit.isBlank() ? explicit : DEFAULT_FILE);
        try {
            if (Files.isRegularFile(file)) {
                return orEmpty(yaml.readTree(file.toFile()));
            }
            if (explicit != null && !explicit.isBlank()) {
                throw new ConfigError("THEMEBOT_CONFIG names " + file + ", which does not exist");
            }
            try (InputStream bundled = ConfigLoader.class.getResourceAsStream("/themebot.yml")) {
                return bundled == null ? yaml.createObjectNode() : orEmpty(yaml.readTree(bundled));
            }
        } catch (IOException e) {
            throw new ConfigError("cannot read " + file + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static JsonNode orEmpty(JsonNode node) {
        return node == null || node.isMissingNode() ? new ObjectMapper().createObjectNode() : node;
    }

    /** The environment variable if set, else the YAML value, else null. */
    private String setting(String variable, JsonNode yml, String... path) {
        String fromEnv = env.get(variable);
        if (fromEnv != null) {
            return fromEnv.trim();
        }
        JsonNode node = yml;
        for (String key : path) {
            node = node.path(key);
        }
        return node.isValueNode() ? node.asText().trim() : null;
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static int parsePort(String value) {
        if (value == null || value.isBlank()) {
            return 3000;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigError("THEMEBOT_PORT must be a port number from 0 to 65535, not '" + value + "'");
    }

    private static int parsePoolSize(String value) {
        if (value == null || value.isBlank()) {
            return org.themebot.store.Database.DEFAULT_POOL_SIZE;
        }
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= 200) {
                return size;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigError("THEMEBOT_DB_POOL_SIZE must be a number of connections from 1 to 200, not '" + value + "'");
    }

    private static Duration parseDuration(String name, String value) {
        if (value == null || value.isBlank()) {
            return Duration.ofMinutes(1);
        }
        try {
            Duration duration = Duration.parse(value);
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (DateTimeParseException ignored) {
            // reported below
        }
        throw new ConfigError(name + " must be a positive ISO-8601 duration such as PT1M or PT30S, not '" + value + "'");
    }

    private static ZoneId parseZone(String value) {
        if (value == null || value.isBlank()) {
            return ZoneId.of("Europe/London");
        }
        try {
            return ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new ConfigError("THEMEBOT_DEFAULT_TIMEZONE must be an IANA time zone such as Europe/London, not '" + value + "'");
        }
    }

    private static boolean parseFlag(String name, String value) {
        String flag = value == null ? "" : value.toLowerCase(Locale.ROOT);
        return switch (flag) {
            case "", "0", "false", "no", "off" -> false;
            case "1", "true", "yes", "on" -> true;
            default -> throw new ConfigError(name + " must be 1 or 0 (true or false), not '" + value + "'");
        };
    }

    private static String withTrailingSlash(String url) {
        String base = url == null || url.isBlank() ? "https://slack.com/api/" : url;
        return base.endsWith("/") ? base : base + "/";
    }

    private static void check(ThemebotConfig config) {
        ThemebotConfig.Slack slack = config.slack();
        InstallSettings.check(slack);
        if (slack.installs().isEmpty() && slack.botToken().isPresent() != slack.signingSecret().isPresent()) {
            String missing = slack.botToken().isPresent() ? "SLACK_SIGNING_SECRET" : "SLACK_BOT_TOKEN";
            throw new ConfigError("SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET go together: " + missing
                    + " is not set (set both for Slack, or neither for sandbox mode)");
        }
        if (slack.appToken().isPresent() && slack.botToken().isEmpty()) {
            throw new ConfigError("SLACK_APP_TOKEN (Socket Mode) also needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET");
        }
        if (!slack.apiUrl().startsWith("http://") && !slack.apiUrl().startsWith("https://")) {
            throw new ConfigError("SLACK_API_URL must be an http(s) URL, not '" + slack.apiUrl() + "'");
        }
        String url = config.database().url();
        if (url == null || !(url.startsWith("jdbc:sqlite:") || url.startsWith("jdbc:postgresql:"))) {
            throw new ConfigError("THEMEBOT_DB_URL must start with jdbc:sqlite: or jdbc:postgresql:, not '" + url + "'");
        }
    }
}
