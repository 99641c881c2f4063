package org.themebot;

/** Why themebot cannot start, in one line a person can act on; Main prints it and exits. */
public final class StartupFailure extends RuntimeException {

    public StartupFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
