package org.themebot.store;

/** The database could not be opened at start-up: the server is down, refuses us, or the file cannot be opened. */
public final class DatabaseUnreachable extends RuntimeException {

    public DatabaseUnreachable(String url, Throwable cause) {
        super("cannot open the database " + withoutPassword(url) + ": " + firstLine(cause.getMessage()), cause);
    }

    private static String withoutPassword(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("");
    }
}
