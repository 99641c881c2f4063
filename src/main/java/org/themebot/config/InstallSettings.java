package org.themebot.config;

import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the settings of multi-workspace mode: SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (the app's
 * OAuth client), THEMEBOT_ENCRYPTION_KEY (base64 of the 32 bytes that encrypt tokens at rest) and
 * THEMEBOT_RETENTION_DAYS. No message names a secret's value.
 */
final class InstallSettings {

    static final int KEY_BYTES = 32;
    static final int DEFAULT_RETENTION_DAYS = 30;
    private static final int MAX_RETENTION_DAYS = 3650;

    private InstallSettings() {
    }

    /** Present when the app's OAuth client is set; it then needs the key. */
    static Optional<ThemebotConfig.Installs> installs(String clientId, String clientSecret, String key,
                                                    String retentionDays) {
        boolean id = present(clientId);
        boolean secret = present(clientSecret);
        if (id != secret) {
            throw new ConfigError("SLACK_CLIENT_ID and SLACK_CLIENT_SECRET go together: "
                    + (id ? "SLACK_CLIENT_SECRET" : "SLACK_CLIENT_ID") + " is not set (set both, from the app's "
                    + "Basic Information page, for multi-workspace mode)");
        }
        if (!id) {
            return Optional.empty();
        }
        if (!present(key)) {
            throw new ConfigError("THEMEBOT_ENCRYPTION_KEY must be set in multi-workspace mode: base64 of 32 random "
                    + "bytes, which encrypt each workspace's tokens in the database (make one with "
                    + "`openssl rand -base64 32`)");
        }
        return Optional.of(new ThemebotConfig.Installs(clientId, clientSecret, key(key), retention(retentionDays)));
    }

    /** Multi-workspace mode also needs the signing secret, and is not mixed with one workspace's credentials. */
    static void check(ThemebotConfig.Slack slack) {
        if (slack.installs().isEmpty()) {
            return;
        }
        if (slack.botToken().isPresent()) {
            throw new ConfigError("SLACK_BOT_TOKEN is for one workspace and SLACK_CLIENT_ID/SLACK_CLIENT_SECRET for "
                    + "many (each installs with Add to Slack): set one or the other, not both");
        }
        if (slack.signingSecret().isEmpty()) {
            throw new ConfigError("SLACK_SIGNING_SECRET must be set in multi-workspace mode (SLACK_CLIENT_ID is set): "
                    + "Slack signs every request with it");
        }
        if (slack.appToken().isPresent()) {
            throw new ConfigError("SLACK_APP_TOKEN (Socket Mode) serves one workspace; multi-workspace mode takes "
                    + "Slack's requests over HTTP: unset SLACK_APP_TOKEN");
        }
    }

    private static byte[] key(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new ConfigError("THEMEBOT_ENCRYPTION_KEY must be base64 (make one with `openssl rand -base64 32`); "
                    + "the value set is not");
        }
        if (key.length != KEY_BYTES) {
            throw new ConfigError("THEMEBOT_ENCRYPTION_KEY must be base64 of 32 bytes (make one with `openssl rand "
                    + "-base64 32`); the value set is " + key.length + " bytes");
        }
        return key;
    }

    private static Duration retention(String value) {
        if (!present(value)) {
            return Duration.ofDays(DEFAULT_RETENTION_DAYS);
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= 0 && days <= MAX_RETENTION_DAYS) {
                return Duration.ofDays(days);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ConfigError("THEMEBOT_RETENTION_DAYS must be a number of days from 0 to " + MAX_RETENTION_DAYS
                + ", not '" + value + "'");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
