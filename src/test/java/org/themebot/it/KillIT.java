package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bot is killed (SIGKILL, no shutdown hook) after it claimed a reminder and before Slack
 * took the message; started again on the same SQLite file, it sends the reminder exactly once.
 * The bot runs as a separate JVM (themebot's Main on the test classpath) so it can be killed.
 */
class KillIT {

    @TempDir
    Path dir;
    FakeSlack fake;
    Process bot;
    final String secret = UUID.randomUUID().toString();
    int port;

    @BeforeEach
    void fakeSlack() throws IOException {
        fake = FakeSlack.start();
        Map.of(SUE, "Sue Bent", DEBBIE, "Debbie Briggs", BALBIR, "Balbir Sohal").forEach(fake::addUser);
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.destroyForcibly();
        }
        fake.close();
    }

    @Test
    void aReminderClaimedButNotSentBeforeAKillIsSentOnceAfterTheRestart() throws Exception {
        startBot();
        SignedClient client = new SignedClient(URI.create("http://127.0.0.1:" + port), secret, fake,
                () -> System.currentTimeMillis() / 1000);
        fake.addChannel("CKILL", "equalities");
        assertThat(client.command(SUE, "CKILL", "/themegroup", "setup name Equalities secretary <@U0DEBBIE|debbie>")
                .status()).isEqualTo(200);
        client.command(SUE, "CKILL", "/themegroup", "reminders 2 at 00:00");
        String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(LocalDate.now(ZoneId.of("Europe/London")));
        client.command(DEBBIE, "CKILL", "/action", "add Publish the scheme | <@U0BALBIR|balbir> | " + today);
        assertThat(FakeSlack.waitFor(() -> !fake.messages("CKILL").isEmpty(), FakeSlack.PATIENCE)).isTrue();

        // Slack fails every post from now on; the action's reminders count from long ago, so
        // today's 00:00 "due" reminder is due at once: claimed, queued, and not delivered.
        fake.failNext("chat.postMessage", 100_000, 500, 0);
        sql("UPDATE action SET reminders_from = '2000-01-01T00:00:00.000Z'");
        assertThat(FakeSlack.waitFor(() -> count("SELECT COUNT(*) FROM reminder_claim") == 1
                && count("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'reminder:%' AND status = 'pending' "
                        + "AND attempts >= 1") == 1, FakeSlack.PATIENCE)).as("claimed, tried, not sent").isTrue();
        assertThat(fake.directMessages(BALBIR)).isEmpty();

        bot.destroyForcibly().waitFor();
        fake.clearFaults();
        startBot();

        List<FakeSlack.Message> dms = FakeSlack.waitFor(() -> fake.directMessages(BALBIR), FakeSlack.PATIENCE);
        assertThat(dms).singleElement().satisfies(m -> assertThat(m.readable()).contains("A1 is due today"));
        assertThat(FakeSlack.holdsFor(() -> fake.directMessages(BALBIR).size() == 1, Duration.ofMillis(2500)))
                .as("sent once, not again by a later tick").isTrue();
        assertThat(count("SELECT COUNT(*) FROM reminder_claim")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'reminder:%' AND status = 'sent'")).isEqualTo(1);
    }

    private void startBot() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.themebot.Main")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("bot.log").toFile()));
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("THEMEBOT_"));
        env.put("THEMEBOT_PORT", Integer.toString(port));
        env.put("THEMEBOT_DB_URL", "jdbc:sqlite:" + dir.resolve("themebot.db"));
        env.put("THEMEBOT_SWEEP_INTERVAL", "PT1S");
        env.put("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN);
        env.put("SLACK_SIGNING_SECRET", secret);
        env.put("SLACK_API_URL", fake.apiUrl());
        bot = builder.start();
        SignedClient probe = new SignedClient(URI.create("http://127.0.0.1:" + port), secret, fake,
                () -> System.currentTimeMillis() / 1000);
        Boolean up = FakeSlack.waitFor(() -> {
            try {
                return probe.get("/healthz").status() == 200;
            } catch (RuntimeException e) {
                return false;
            }
        }, Duration.ofSeconds(30));
        assertThat(up).as("bot up; its log:%n%s", Files.exists(dir.resolve("bot.log"))
                ? Files.readString(dir.resolve("bot.log")) : "").isTrue();
    }

    private Connection connect() throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("themebot.db"));
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 5000");
        }
        return connection;
    }

    private void sql(String update) throws Exception {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(update);
        }
    }

    private long count(String query) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            return rows.next() ? rows.getLong(1) : 0;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
