package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.sandbox.SlackCall;

/**
 * The command path under faults: a database that takes no writes, a Slack that fails, is slow or
 * rate-limits users.info, forged payloads, and text counted as people count it.
 */
class CommandPathIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    @AfterEach
    void slackWorksAgain() {
        bot.fake().clearFaults();
    }

    private String groupIn(String name) {
        String channel = bot.newChannel(name);
        bot.setUpGroup(channel, "Equalities Theme Group", SUE, DEBBIE);
        return channel;
    }

    private void add(String channel, String text) {
        CommandResult added = bot.command(DEBBIE, channel, "/action", "add " + text);
        assertThat(added.ackText()).as("add %s", text).doesNotContain(":warning:", ":x:");
    }

    @Test
    void aDatabaseThatTakesNoWritesRefusesChangesInWordsKeepsAnsweringReadsAndIsNotHealthy() {
        String channel = groupIn("readonly");
        add(channel, "Publish the scheme | " + bot.mention(BALBIR) + " | Sept 08");
        Map<String, TestBot.TableState> before = bot.tableStates(TestBot.DOMAIN_TABLES);
        bot.jdbi().useHandle(h -> h.execute("PRAGMA query_only = 1")); // the one writer connection
        try {
            CommandResult refused = bot.command(DEBBIE, channel, "/action", "add Another | | Oct 08");
            assertThat(refused.status()).isEqualTo(200);
            assertThat(refused.ackText()).contains("could not save that").contains("nothing was changed");

            CommandResult listed = bot.command(BALBIR, channel, "/action", "list");
            assertThat(listed.ackText()).as("reads go on").contains("A1").contains("Publish the scheme");

            SignedClient.Raw health = bot.client().get("/healthz");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body()).contains("\"database\":\"read-only\"");
        } finally {
            bot.jdbi().useHandle(h -> h.execute("PRAGMA query_only = 0"));
        }
        assertThat(bot.tableStates(TestBot.DOMAIN_TABLES)).isEqualTo(before);
        assertThat(bot.client().get("/healthz").status()).isEqualTo(200);
    }

    @Test
    void afterAnOutageTheChannelHearsOfChangesInTheOrderTheyWereMade() {
        String channel = groupIn("outage");
        long mark = bot.fake().mark();
        bot.fake().failNext("chat.postMessage", 3, 503, 0);
        add(channel, "Book the hall | " + bot.mention(BALBIR) + " | Sept 08");
        bot.command(BALBIR, channel, "/action", "done A1 booked");
        bot.command(DEBBIE, channel, "/action", "drop A1 not needed after all");

        List<String> posts = FakeSlack.waitFor(() -> {
            List<String> seen = bot.fake().messages(channel, mark).stream().map(FakeSlack.Message::readable).toList();
            return seen.size() >= 2 ? seen : null;
        }, FakeSlack.PATIENCE);
        assertThat(posts).as("added, then done; the drop was refused").hasSize(2);
        assertThat(posts.get(0)).contains("A1").contains("added");
        assertThat(posts.get(1)).contains("A1").contains("done by");
    }

    @Test
    void aRateLimitedUsersInfoDelaysOnlyTheMessagesThatNeedNames() {
        String channel = groupIn("names");
        String newcomer = "U0NEWCOMER"; // whose name no earlier test has looked up
        bot.fake().addUser(newcomer, "Nia Newcomer");
        bot.fake().failNext("users.info", 50, 429, 60);
        long mark = bot.fake().mark();
        add(channel, "Call the venue | " + bot.mention(newcomer) + " | Sept 08");

        CommandResult mine = bot.command(newcomer, channel, "/action", "list mine");
        assertThat(mine.elapsedMs()).as("a list needs no Slack call").isLessThan(1000);
        assertThat(mine.ackText()).contains("A1").contains("Call the venue");
        assertThat(FakeSlack.holdsFor(() -> bot.fake().messages(channel, mark).isEmpty(), Duration.ofMillis(1500)))
                .as("the announcement waits for the name rather than showing an id").isTrue();
    }

    @Test
    void textIsCountedAsPeopleCountIt() {
        String channel = groupIn("emoji");
        String emoji = "🌍".repeat(1500); // 3,000 UTF-16 units, 1,500 characters
        CommandResult added = bot.command(DEBBIE, channel, "/action", "add " + emoji);
        assertThat(added.ackText()).doesNotContain("at most");
        assertThat(bot.stored(channel).count()).isEqualTo(1);

        CommandResult tooLong = bot.command(DEBBIE, channel, "/action", "add " + "🌍".repeat(2001));
        assertThat(tooLong.ackText()).contains("at most 2000 characters").contains("2001");
    }

    @Test
    void aForgedRequestFromAnotherWorkspaceIsRefused() {
        String channel = groupIn("elsewhere");
        Map<String, String> fields = new java.util.HashMap<>(bot.client().commandFields(SUE, channel, "/action",
                "add Planted | | Sept 08"));
        fields.put("team_id", "T0OTHERTEAM");
        CommandResult forged = bot.client().send(fields);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(bot.stored(channel).count()).isZero();
    }

    @Test
    void anAllActionCannotBeClosedFromOutsideItsChannel() {
        String channel = groupIn("private");
        add(channel, "Read the new policy | ALL | Sept 08");
        String actionId = String.valueOf(bot.stored(channel).action(1).orElseThrow().get("id"));

        CommandResult pressed = bot.client().homeButton(JUNE, "reminder_done", actionId);
        assertThat(pressed.status()).isEqualTo(200);
        assertThat(bot.stored(channel).action(1).orElseThrow()).containsEntry("status", "open");
        SlackCall home = FakeSlack.waitFor(() -> bot.fake().calls("views.publish").stream()
                .filter(c -> JUNE.equals(c.arg("user_id")) && c.arg("view").contains("Only the owners of A1"))
                .findFirst().orElse(null), FakeSlack.PATIENCE);
        assertThat(home).as("June's Home says why").isNotNull();

        CommandResult inChannel = bot.command(JUNE, channel, "/action", "done A1 read it");
        assertThat(inChannel.ackText()).doesNotContain(":warning:");
        assertThat(FakeSlack.waitFor(() -> "done".equals(bot.stored(channel).action(1).orElseThrow().get("status")),
                FakeSlack.PATIENCE)).as("a member in the channel may").isTrue();
    }

    @Test
    void aFormWhoseMetadataWasNotSignedForItsSubmitterIsRefused() {
        String channel = groupIn("forms");
        String other = groupIn("otherforms");
        CommandResult opened = bot.command(BALBIR, channel, "/action", "add");
        JsonNode view = FakeSlack.waitFor(() -> bot.fake().calls("views.open", opened.sentAfter()).stream()
                .map(c -> c.args().path("view")).findFirst().orElse(null), FakeSlack.PATIENCE);
        String signed = view.path("private_metadata").asText();

        JsonNode values = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        CommandResult otherChannel = bot.client().viewSubmission(BALBIR, view, values, null,
                other + signed.substring(signed.indexOf('~')));
        CommandResult otherPerson = bot.client().viewSubmission(JUNE, view, values, null, signed);
        assertThat(otherChannel.status()).isEqualTo(400);
        assertThat(otherPerson.status()).isEqualTo(400);
        assertThat(bot.stored(channel).count()).isZero();
        assertThat(bot.stored(other).count()).isZero();
    }
}
