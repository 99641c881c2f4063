package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The App Home tab: published on app_home_opened, with each open action's buttons, and again after one is pressed. */
class AppHomeIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    static List<JsonNode> published(String userId) {
        return bot.fake().calls("views.publish").stream().filter(c -> userId.equals(c.arg("user_id")))
                .map(c -> {
                    try {
                        return new ObjectMapper().readTree(c.arg("view"));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    static SignedClient.Raw homeOpened(String userId, String eventId, int retry) {
        ObjectNode event = JsonNodeFactory.instance.objectNode().put("type", "app_home_opened").put("user", userId)
                .put("channel", "D0HOME").put("tab", "home").put("event_ts", "1700000000.000100");
        return bot.client().event(event, eventId, retry);
    }

    @Test
    void homeListsMyOpenActionsAcrossGroupsAndTheGroupsIChair() {
        String equalities = bot.newChannel("equalities");
        bot.setUpGroup(equalities, "Equalities Theme Group", SUE, DEBBIE);
        String health = bot.newChannel("health");
        bot.setUpGroup(health, "Health Theme Group", SUE, DEBBIE);
        bot.command(DEBBIE, equalities, "/action", "add Forward the toolkit | " + bot.mention(BALBIR) + " | Dec 2030");
        bot.command(DEBBIE, health, "/action", "add Map the GP surgeries | " + bot.mention(BALBIR) + " | ongoing");
        bot.command(DEBBIE, health, "/action", "add Someone else's | " + bot.mention(SUE) + " | ongoing");
        assertThat(FakeSlack.waitFor(() -> bot.stored(health).count() == 2, FakeSlack.PATIENCE)).isTrue();

        String eventId = "Ev" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(homeOpened(BALBIR, eventId, 0).status()).isEqualTo(200);
        List<JsonNode> views = FakeSlack.waitFor(() -> published(BALBIR), FakeSlack.PATIENCE);
        assertThat(views).hasSize(1);
        JsonNode home = views.get(0);
        assertThat(home.path("type").asText()).isEqualTo("home");
        String text = ReadableText.of(home);
        assertThat(text).contains("Your open actions (2)").contains("Forward the toolkit").contains("Map the GP surgeries")
                .doesNotContain("Someone else's").contains("next reminder").contains("Equalities Theme Group")
                .as("a member is told whom to ask, not invited to set up a group")
                .contains("Your theme group's secretary").contains("<@" + DEBBIE + ">").doesNotContain("/themegroup setup");
        assertThat(home.toString()).contains("reminder_done").contains("reminder_snooze").contains("reminder_update");

        assertThat(homeOpened(BALBIR, eventId, 1).status()).as("Slack's retry is acked").isEqualTo(200);
        assertThat(FakeSlack.holdsFor(() -> published(BALBIR).size() == 1, Duration.ofMillis(800)))
                .as("and not handled twice").isTrue();

        String toolkit = home.findValues("value").get(0).asText();
        CommandResult done = bot.client().homeButton(BALBIR, "reminder_done", toolkit);
        assertThat(done.status()).isEqualTo(200);
        List<JsonNode> after = FakeSlack.waitFor(() -> published(BALBIR).size() == 2 ? published(BALBIR) : null,
                FakeSlack.PATIENCE);
        assertThat(after).as("Home published again").hasSize(2);
        assertThat(ReadableText.of(after.get(1))).as("Home says what the press did, where it was pressed")
                .startsWith(":white_check_mark: *A1* — done").contains("Your open actions (1)")
                .doesNotContain("Forward the toolkit");
        assertThat(bot.stored(equalities).action(1).orElseThrow()).containsEntry("status", "done");

        homeOpened(SUE, "Ev" + UUID.randomUUID().toString().substring(0, 8), 0);
        JsonNode sues = FakeSlack.waitFor(() -> published(SUE).stream().findFirst().orElse(null), FakeSlack.PATIENCE);
        assertThat(ReadableText.of(sues)).contains("*Equalities Theme Group* in").contains("— chair")
                .contains("*Health Theme Group* in");
    }

    @Test
    void aHomeWithSixtyActionsStaysWithinOneHundredBlocks() {
        String busy = bot.newChannel("busy");
        bot.setUpGroup(busy, "Busy Theme Group", SUE, DEBBIE);
        for (int i = 1; i <= 60; i++) {
            bot.command(DEBBIE, busy, "/action", "add Task " + i + " | " + bot.mention(DEBBIE) + " | Dec 2030");
        }
        assertThat(FakeSlack.waitFor(() -> bot.stored(busy).count() == 60, FakeSlack.PATIENCE)).isTrue();
        homeOpened(DEBBIE, "Ev" + UUID.randomUUID().toString().substring(0, 8), 0);
        JsonNode home = FakeSlack.waitFor(() -> published(DEBBIE).stream().findFirst().orElse(null), FakeSlack.PATIENCE);
        assertThat(home.path("blocks").size()).isLessThanOrEqualTo(100);
        assertThat(ReadableText.of(home)).contains("Your open actions (60)").contains("more: `/action list mine`");
    }
}
