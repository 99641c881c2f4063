package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.StartupFailure;
import org.themebot.TestClock;
import org.themebot.Themebot;
import org.themebot.config.ThemebotConfig;

/** What stops themebot from starting is said in one line, and the process exits instead of hanging. */
class StartupIT {

    @TempDir
    Path dir;

    @Test
    void aBusyPortIsOneLineAndANonZeroExit() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             BotProcess bot = new BotProcess(dir).with("THEMEBOT_PORT", Integer.toString(taken.getLocalPort()))) {
            bot.start();
            Integer exit = bot.exitCode(Duration.ofSeconds(30));
            assertThat(exit).as("exits (no JVM left hanging); log:%n%s", bot.log()).isEqualTo(1);
            assertThat(bot.log()).contains("themebot: cannot start: port " + taken.getLocalPort() + " is already in use")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void aSecondThemebotOnOneSqliteFileIsRefused() {
        try (Themebot first = Themebot.create(config("jdbc:sqlite:" + dir.resolve("themebot.db")), clock()).start()) {
            assertThatThrownBy(() -> Themebot.create(config("jdbc:sqlite:" + dir.resolve("themebot.db")), clock()))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("another themebot is already using")
                    .hasMessageContaining("themebot.db");
            assertThat(first.port()).isPositive();
        }
        // Released on close: the next one starts.
        Themebot.create(config("jdbc:sqlite:" + dir.resolve("themebot.db")), clock()).close();
    }

    @Test
    void anUnreachableDatabaseIsNamedWithoutItsPassword() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closed + "/themebot?password=hunter2&connectTimeout=2";
        assertThatThrownBy(() -> Themebot.create(config(url), clock()))
                .isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith("cannot open the database jdbc:postgresql://127.0.0.1:" + closed)
                .hasMessageNotContaining("hunter2");
    }

    private static ThemebotConfig config(String dbUrl) {
        return new ThemebotConfig(0, new ThemebotConfig.Database(dbUrl, Optional.empty(), Optional.empty()),
                new ThemebotConfig.Slack(Optional.empty(), Optional.empty(), Optional.empty(), "http://127.0.0.1:9/api/"),
                Duration.ofSeconds(1), ZoneId.of("Europe/London"));
    }

    private static TestClock clock() {
        return TestClock.running(TestClock.start());
    }
}
