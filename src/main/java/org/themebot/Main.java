package org.themebot;

import java.time.Clock;
import org.themebot.config.ConfigError;
import org.themebot.config.ConfigLoader;
import org.themebot.config.ThemebotConfig;

/** Loads the configuration and starts themebot; stops it cleanly on SIGTERM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        run(Clock.systemUTC());
    }

    /** Starts themebot on a clock (tests start it in a child JVM on a clock of their own). */
    public static void run(Clock clock) {
        ThemebotConfig config;
        try {
            config = new ConfigLoader(System.getenv()).load();
        } catch (ConfigError e) {
            System.err.println("themebot: bad configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            Themebot themebot = Themebot.create(config, clock).start();
            Runtime.getRuntime().addShutdownHook(new Thread(themebot::close, "shutdown"));
        } catch (StartupFailure e) {
            System.err.println("themebot: cannot start: " + e.getMessage());
            System.exit(1);
        }
    }
}
