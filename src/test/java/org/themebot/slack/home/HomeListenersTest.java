package org.themebot.slack.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.it.CommandResult;
import org.themebot.it.FakeSlack;
import org.themebot.it.ReadableText;
import org.themebot.it.SignedClient;
import org.themebot.it.TestBot;
import org.themebot.slack.reminders.ReminderButtons;

/**
 * The App Home tab through the real Bolt app in-process: published when a member opens it, and
 * again after a button there. Events are always acked (Slack retries anything else, and would
 * switch the subscription off), so a broken or foreign one is acked and ignored.
 */
class HomeListenersTest {

    @RegisterExtension
    static final TestBot bot = TestBot.inProcess().withGroup();

    @BeforeAll
    static void twoActionsForBalbir() {
        bot.command(DEBBIE, bot.groupChannel(), "/action", "add Send the toolkit | " + bot.mention(BALBIR) + " | Dec 2030");
        bot.command(DEBBIE, bot.groupChannel(), "/action", "add Book the room | " + bot.mention(BALBIR) + " | Dec 2030");
    }

    static List<JsonNode> published(String userId) {
        return bot.fake().calls("views.publish").stream().filter(c -> userId.equals(c.arg("user_id")))
                .map(c -> c.response().path("view")).toList();
    }

    static ObjectNode homeOpened(String userId) {
        return bot.fake().engine().requests().event(bot.fake().engine().requests().appHomeOpened(userId, null),
                "Ev" + UUID.randomUUID().toString().substring(0, 8));
    }

    static String actionId(JsonNode home, int n) {
        return home.findParents("action_id").stream()
                .filter(e -> e.path("action_id").asText().equals(ReminderButtons.DONE))
                .map(e -> e.path("value").asText()).toList().get(n);
    }

    @Test
    void openingHomePublishesItOnceHoweverOftenSlackRetriesAndDoneThereRedrawsIt() {
        ObjectNode opened = homeOpened(BALBIR);
        SignedClient.Raw first = bot.client().envelope(opened, 0);
        SignedClient.Raw retry = bot.client().envelope(opened, 1);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        JsonNode home = FakeSlack.waitFor(() -> published(BALBIR), FakeSlack.PATIENCE).get(0);
        assertThat(FakeSlack.holdsFor(() -> published(BALBIR).size() == 1, Duration.ofMillis(300)))
                .as("published once").isTrue();
        assertThat(ReadableText.of(home)).contains("Your open actions (2)").contains("Send the toolkit")
                .contains("Book the room");

        CommandResult done = bot.client().homeButton(BALBIR, ReminderButtons.DONE, actionId(home, 0));

        assertThat(done.status()).isEqualTo(200);
        List<JsonNode> redrawn = FakeSlack.waitFor(() -> published(BALBIR).size() == 2 ? published(BALBIR) : null,
                FakeSlack.PATIENCE);
        assertThat(ReadableText.of(redrawn.get(1))).startsWith(":white_check_mark: *A1* — done")
                .contains("Your open actions (1)").doesNotContain("Send the toolkit");
    }

    @Test
    void aPressOnAnActionSomeoneElseOwnsChangesNothingAndHerHomeSaysWhy() {
        long balbirs = bot.jdbi().withHandle(h -> h.createQuery("SELECT id FROM action WHERE number = 2")
                .mapTo(Long.class).one());
        var before = bot.tableStates(TestBot.DOMAIN_TABLES);

        CommandResult forged = bot.client().homeButton(JUNE, ReminderButtons.SNOOZE, Long.toString(balbirs));

        assertThat(forged.status()).isEqualTo(200);
        // A Home tab has no response_url: the refusal is shown at the top of her Home instead.
        JsonNode home = FakeSlack.waitFor(() -> published(JUNE).isEmpty() ? null : published(JUNE).get(0),
                FakeSlack.PATIENCE);
        assertThat(ReadableText.of(home)).startsWith("Only the owners of A2").contains("Ask <@" + SUE + ">");
        assertThat(bot.tableStates(TestBot.DOMAIN_TABLES)).isEqualTo(before);
    }

    @Test
    void aButtonWhoseValueIsNoActionIdIsAnswered400AndChangesNothing() {
        var before = bot.snapshot();
        ObjectNode noTeam = bot.client().homeButtonPayload(BALBIR, ReminderButtons.DONE, "1");
        noTeam.remove("team");

        assertThat(bot.client().homeButton(BALBIR, ReminderButtons.DONE, "A1").status()).isEqualTo(400);
        assertThat(bot.client().interaction(noTeam, BALBIR, null).status()).isEqualTo(400);
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void requestsFromAnotherWorkspaceAreRefusedAndABrokenEventIsIgnored() {
        var before = bot.snapshot();
        ObjectNode press = bot.client().homeButtonPayload(SUE, ReminderButtons.DONE, "1");
        press.with("team").put("id", "T0OTHER");
        ObjectNode foreign = homeOpened(SUE).put("team_id", "T0OTHER");
        ObjectNode noTeam = homeOpened(SUE);
        noTeam.remove("team_id");

        assertThat(bot.client().interaction(press, SUE, null).status()).isEqualTo(403);
        assertThat(bot.client().envelope(foreign, 0).status()).isEqualTo(200);
        assertThat(bot.client().envelope(noTeam, 0).status()).isEqualTo(200);
        assertThat(FakeSlack.holdsFor(() -> published(SUE).isEmpty(), Duration.ofMillis(300))).isTrue();
        assertThat(bot.snapshot()).isEqualTo(before);
    }
}
