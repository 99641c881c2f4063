package org.themebot.config;

/** A configuration themebot cannot start with; the message is the one line the operator sees. */
public class ConfigError extends RuntimeException {
    public ConfigError(String message) {
        super(message);
    }
}
