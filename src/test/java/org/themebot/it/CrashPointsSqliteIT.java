package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.themebot.TestClock;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The crash points on SQLite. A trigger on the outbox, the last table a command writes, fails
 * or stalls the command's transaction; a stalled one is seen from outside as the write lock it
 * holds while its request is still unanswered. The points after the commit are the outbox's and
 * the sweep's, the same code on either database: they run here only, as the default database.
 */
class CrashPointsSqliteIT extends CrashPoints {

    private SQLiteDataSource file;

    @Override
    String databaseUrl(Path dir) {
        return "jdbc:sqlite:" + dir.resolve("themebot.db");
    }

    @Override
    Jdbi open(String url) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(10_000);
        file = new SQLiteDataSource(config);
        file.setUrl(url);
        return Jdbi.create(file);
    }

    @Override
    void failOutboxInserts() {
        database.useHandle(h -> h.execute("CREATE TRIGGER trap BEFORE INSERT ON outbox WHEN NEW.payload LIKE '%"
                + TRAPPED + "%' BEGIN SELECT RAISE(ABORT, 'injected failure'); END"));
    }

    /** SQLite has no sleep: the trigger counts a cross join too large to finish before the kill. */
    @Override
    void stallOutboxInserts() {
        database.useTransaction(h -> {
            h.execute("CREATE TABLE ballast (n INTEGER)");
            h.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                    + "INSERT INTO ballast SELECT i FROM n");
            h.execute("CREATE TRIGGER trap BEFORE INSERT ON outbox WHEN NEW.payload LIKE '%" + TRAPPED + "%' "
                    + "BEGIN SELECT COUNT(*) FROM ballast a, ballast b, ballast c; END");
        });
    }

    /** Another writer cannot begin while the bot's writer is inside its transaction. */
    @Override
    boolean stalledInsideTheTransaction() {
        try (Connection probe = file.getConnection(); Statement sql = probe.createStatement()) {
            sql.execute("PRAGMA busy_timeout = 0");
            sql.execute("BEGIN IMMEDIATE");
            sql.execute("ROLLBACK");
            return false;
        } catch (SQLException busy) {
            return true;
        }
    }

    @Override
    void endTheStalledTransactionAndRemoveTheTrap() {
        // The killed process's write lock and uncommitted pages went with it.
        removeTheTrap();
        database.useHandle(h -> h.execute("DROP TABLE ballast"));
    }

    @Override
    void removeTheTrap() {
        database.useHandle(h -> h.execute("DROP TRIGGER trap"));
    }

    /**
     * Killed after the command's commit, its announcement tried and refused by Slack, not yet sent.
     * An ack changes nothing the bot keeps, so this is the state whether or not the ack had left.
     */
    @Test
    void aKillAfterTheCommitLosesNothingAndSlacksRetryIsNotAppliedAgain() throws Exception {
        String channel = group();
        fake.failNext("chat.postMessage", 100_000, 503, 0); // the announcement waits in the outbox
        Map<String, String> add = addFields(channel, "Committed before the kill");
        CompletableFuture.runAsync(() -> client.send(add));

        assertThat(FakeSlack.waitFor(() -> count("SELECT COUNT(*) FROM outbox WHERE conversation = :c "
                + "AND status = 'pending' AND attempts >= 1", Map.of("c", channel)) == 1 ? true : null, FakeSlack.PATIENCE))
                .as("committed; the announcement tried, refused, still to send").isTrue();
        bot.kill();
        fake.clearFaults();
        restart();

        CommandResult retried = client.send(add, SLACK_RETRY);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.ackText()).doesNotContain(":warning:", ":x:");
        assertAddedAndAnnouncedOnce(channel, "Committed before the kill");
    }

    /** The sweep's side: a reminder claimed and queued, then a kill before Slack took it. */
    @Test
    void aReminderClaimedButNotSentBeforeAKillIsSentOnceAfterTheRestart() throws Exception {
        String channel = group();
        client.command(SUE, channel, "/themegroup", "reminders 2 at 00:00");
        String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(LocalDate.ofInstant(TestClock.start(), ZoneId.of("Europe/London")));
        client.command(DEBBIE, channel, "/action", "add Publish the scheme | " + mention(BALBIR) + " | " + today);
        long mark = fake.mark();
        assertThat(FakeSlack.waitFor(() -> fake.messages(channel).isEmpty() ? null : true, FakeSlack.PATIENCE))
                .as("the action announced").isTrue();

        // Slack fails every post from now on; counted from long ago, today's 00:00 "due" reminder
        // is due at once: claimed, queued and tried, not delivered.
        fake.failNext("chat.postMessage", 100_000, 500, 0);
        database.useHandle(h -> h.execute("UPDATE action SET reminders_from = '2000-01-01T00:00:00.000Z' WHERE group_id = "
                + "(SELECT id FROM theme_group WHERE channel_id = ?)", channel));
        assertThat(FakeSlack.waitFor(() -> count("""
                        SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE 'reminder:%' AND status = 'pending'
                        AND attempts >= 1 AND group_id = (SELECT id FROM theme_group WHERE channel_id = :c)""",
                Map.of("c", channel)) == 1 ? true : null, FakeSlack.PATIENCE))
                .as("claimed, tried, not sent").isTrue();

        bot.kill();
        fake.clearFaults();
        restart();

        List<FakeSlack.Message> dms = FakeSlack.waitFor(() -> {
            List<FakeSlack.Message> seen = remindersOf(channel, mark);
            return seen.isEmpty() ? null : seen;
        }, FakeSlack.PATIENCE);
        assertThat(dms).as("the reminder sent after the restart; the bot's log:%n%s", bot.log())
                .singleElement().satisfies(m -> assertThat(m.readable()).contains("is due today"));
        assertThat(FakeSlack.holdsFor(() -> remindersOf(channel, mark).size() == 1, ONCE_MEANS_STILL_ONE_AFTER))
                .as("sent once, not again by a later sweep").isTrue();
    }
}
