package org.themebot;

import java.time.Clock;
import org.themebot.config.ConfigError;
import org.themebot.config.ConfigLoader;
import org.themebot.config.ThemebotConfig;

/** Loads the configuration and starts themebot; stops it cleanly on SIGTERM. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        ThemebotConfig config;
        try {
            config = new ConfigLoader(System.getenv()).load();
        } catch (ConfigError e) {
            System.err.println("themebot: bad configuration: " + e.getMessage());
            System.exit(2);
            return;
        }
        Themebot themebot = Themebot.create(config, Clock.systemUTC()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(themebot::close, "shutdown"));
    }
}
