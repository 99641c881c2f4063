package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * themebot stopped at each point of the command path — killed with SIGKILL (no shutdown hook
 * runs, as when a machine dies) or failing — and started again on the same database. Nothing is
 * half done, every acked command is there and announced once; the one duplicate no lease can
 * prevent (Slack took the message, its sender died before it heard) is shown here as the README
 * describes it. The points here depend on the database (its transactions, how a dead instance is
 * known) and run on SQLite and PostgreSQL; each test ends with the bot running again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CrashPoints {

    /** The text that trips the trap set on the outbox: only the command under test is stopped. */
    static final String TRAPPED = "Trapped";
    static final Map<String, String> SLACK_RETRY = Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");
    static final Duration ONCE_MEANS_STILL_ONE_AFTER = Duration.ofSeconds(1);

    @TempDir
    static Path dir;
    FakeSlack fake;
    BotProcess bot;
    SignedClient client;
    Jdbi database;
    private int channels;

    /** The JDBC URL the bot is started with. */
    abstract String databaseUrl(Path dir);

    /** The test's own way into the bot's database. */
    abstract Jdbi open(String url);

    /** From now on, inserting an outbox row that names {@link #TRAPPED} fails (an error, rolled back). */
    abstract void failOutboxInserts();

    /** From now on, inserting an outbox row that names {@link #TRAPPED} stalls inside the transaction. */
    abstract void stallOutboxInserts();

    /** True while the bot's transaction is held inside the stalled insert. */
    abstract boolean stalledInsideTheTransaction();

    /** After the kill: the database lets go of what the dead process's transaction held, and the trap goes. */
    abstract void endTheStalledTransactionAndRemoveTheTrap();

    /** The trap goes. */
    abstract void removeTheTrap();

    @BeforeAll
    void start() {
        fake = FakeSlack.start();
        Map.of(SUE, "Sue Bent", DEBBIE, "Debbie Briggs", BALBIR, "Balbir Sohal").forEach(fake::addUser);
        String secret = UUID.randomUUID().toString();
        String url = databaseUrl(dir);
        bot = new BotProcess(dir).with("THEMEBOT_DB_URL", url).with("SLACK_BOT_TOKEN", FakeSlack.BOT_TOKEN)
                .with("SLACK_SIGNING_SECRET", secret).with("SLACK_API_URL", fake.apiUrl());
        assertThat(bot.startAndAwaitHealthy()).as("bot up; its log:%n%s", bot.log()).isTrue();
        client = new SignedClient(bot.uri(), secret, fake);
        database = open(url);
    }

    @AfterEach
    void slackWorksAgain() {
        fake.clearFaults();
    }

    @AfterAll
    void stop() {
        bot.close();
        fake.close();
    }

    @Test
    void aFailureInsideTheTransactionChangesNothingAndSlacksRetryIsApplied() {
        String channel = group();
        failOutboxInserts();
        Map<String, String> add = addFields(channel, TRAPPED + " to fail once");

        CommandResult refused = client.send(add);
        assertThat(refused.ackText()).contains("could not save that").contains("nothing was changed");
        assertNothingKeptOf(channel, add);

        removeTheTrap();
        client.send(add, SLACK_RETRY);
        assertAddedAndAnnouncedOnce(channel, TRAPPED + " to fail once");
    }

    @Test
    void aKillInsideTheTransactionLeavesNothing() throws Exception {
        String channel = group();
        stallOutboxInserts();
        Map<String, String> add = addFields(channel, TRAPPED + " mid-transaction");
        CompletableFuture<?> unanswered = CompletableFuture.runAsync(() -> client.send(add));

        assertThat(FakeSlack.waitFor(() -> stalledInsideTheTransaction() && !unanswered.isDone() ? true : null,
                FakeSlack.PATIENCE)).as("the bot is inside the command's transaction").isTrue();
        bot.kill();
        endTheStalledTransactionAndRemoveTheTrap();
        restart();

        assertNothingKeptOf(channel, add);
        client.send(add, SLACK_RETRY);
        assertAddedAndAnnouncedOnce(channel, TRAPPED + " mid-transaction");
    }

    /**
     * The one window no lease closes: Slack took the post and the sender died before it heard so.
     * The restarted bot (or, with several, a living one at once) sends it again. Slack's
     * chat.postMessage has no idempotency key; the README's scale-out section says so.
     */
    @Test
    void aKillAfterSlackTookTheAnnouncementSendsItOnceMoreTheDocumentedDuplicate() throws Exception {
        String channel = group();
        long mark = fake.mark();
        fake.answerLate("chat.postMessage", 1, Duration.ofMinutes(5));
        client.send(addFields(channel, "Taken by Slack before the kill"));
        assertThat(FakeSlack.waitFor(() -> announcements(channel, mark, "Taken by Slack").size() == 1 ? true : null,
                FakeSlack.PATIENCE)).as("Slack took the post").isTrue();

        bot.kill();
        restart();

        assertThat(FakeSlack.waitFor(() -> announcements(channel, mark, "Taken by Slack").size() == 2 ? true : null,
                FakeSlack.PATIENCE)).as("sent again at once, not after the lease; log:%n%s", bot.log()).isTrue();
        assertThat(FakeSlack.holdsFor(() -> announcements(channel, mark, "Taken by Slack").size() == 2,
                ONCE_MEANS_STILL_ONE_AFTER)).as("and only once again").isTrue();
        assertThat(count(channel, "action")).isEqualTo(1);
    }

    final void restart() {
        assertThat(bot.startAndAwaitHealthy()).as("bot up again; its log:%n%s", bot.log()).isTrue();
    }

    /** A new channel with a theme group set up (announced in the ack itself). */
    final String group() {
        String channel = "CCRASH" + ++channels;
        fake.addChannel(channel, "crash-" + channels);
        CommandResult setup = client.command(SUE, channel, "/themegroup", "setup name Equalities secretary "
                + mention(DEBBIE));
        assertThat(setup.ackText()).contains("now the home of");
        return channel;
    }

    final Map<String, String> addFields(String channel, String text) {
        return client.commandFields(DEBBIE, channel, "/action", "add " + text + " | " + mention(BALBIR) + " | Sept 08");
    }

    final String mention(String userId) {
        return "<@" + userId + "|" + fake.handle(userId) + ">";
    }

    private void assertNothingKeptOf(String channel, Map<String, String> add) {
        assertThat(count(channel, "action")).as("no action").isZero();
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE conversation = :c AND payload LIKE :text",
                Map.of("c", channel, "text", "%" + TRAPPED + "%"))).as("nothing to announce").isZero();
        assertThat(count("SELECT COUNT(*) FROM handled_request WHERE request_key LIKE :k",
                Map.of("k", "%" + add.get("trigger_id") + "%")))
                .as("no retry key: Slack's retry is not taken for a duplicate").isZero();
    }

    final void assertAddedAndAnnouncedOnce(String channel, String text) {
        assertThat(FakeSlack.waitFor(() -> announcements(channel, 0, text).isEmpty() ? null : true, FakeSlack.PATIENCE))
                .as("announced; the bot's log:%n%s", bot.log()).isTrue();
        assertThat(FakeSlack.holdsFor(() -> announcements(channel, 0, text).size() == 1, ONCE_MEANS_STILL_ONE_AFTER))
                .as("announced once").isTrue();
        assertThat(count(channel, "action")).as("added once").isEqualTo(1);
    }

    private List<FakeSlack.Message> announcements(String channel, long since, String text) {
        return fake.messages(channel, since).stream().filter(m -> m.readable().contains(text)).toList();
    }

    final List<FakeSlack.Message> remindersOf(String channel, long since) {
        return fake.directMessages(BALBIR).stream()
                .filter(m -> m.seq() > since && m.readable().contains("Publish the scheme")).toList();
    }

    /** Rows of the channel's group in a table that has a group_id. */
    final long count(String channel, String table) {
        return count("SELECT COUNT(*) FROM " + table + " WHERE group_id = (SELECT id FROM theme_group WHERE channel_id = :c)",
                Map.of("c", channel));
    }

    final long count(String query, Map<String, ?> binds) {
        return database.withHandle(h -> h.createQuery(query).bindMap(binds).mapTo(Long.class).one());
    }
}
