package org.themebot.it;

import java.time.Instant;
import org.themebot.Main;
import org.themebot.TestClock;

/**
 * themebot's Main on a test clock, for tests that run the bot as a child JVM (so they can kill
 * it): the clock starts at the instant the system property {@code themebot.test.now} names, or
 * at {@link TestClock#start()}, and runs on with real time.
 */
public final class ClockedMain {

    private ClockedMain() {
    }

    public static void main(String[] args) {
        String now = System.getProperty("themebot.test.now", "");
        Main.run(TestClock.running(now.isBlank() ? TestClock.start() : Instant.parse(now)));
    }
}
