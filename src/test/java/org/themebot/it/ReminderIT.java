package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;
import org.themebot.sandbox.SlackCall;

/**
 * Reminders through the whole app: the sweep every second (PT1S), the outbox, the fake Slack,
 * and the DM buttons over the signed endpoint. The domain clock starts at 08:58 London time
 * tomorrow; the group's reminders go out at 09:00, "a minute ahead".
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZonedDateTime START = LocalDate.ofInstant(TestClock.start(), LONDON).plusDays(1).atTime(LocalTime.of(8, 58)).atZone(LONDON);
    static final LocalDate TODAY = START.toLocalDate();
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final TestClock clock = TestClock.running(START.toInstant());
    static final Duration TWO_TICKS = Duration.ofMillis(2500);

    @RegisterExtension
    static final TestBot bot = new TestBot(clock);

    static String channel;

    static List<FakeSlack.Message> dms(String userId, String containing) {
        return bot.fake().directMessages(userId).stream().filter(m -> m.readable().contains(containing)).toList();
    }

    static FakeSlack.Message awaitDm(String userId, String containing) {
        List<FakeSlack.Message> found = FakeSlack.waitFor(() -> dms(userId, containing), FakeSlack.PATIENCE);
        assertThat(found).as("a DM to %s containing '%s'", userId, containing).isNotEmpty();
        return found.get(0);
    }

    static String value(FakeSlack.Message message, String actionId) {
        for (JsonNode block : message.blocks()) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no button " + actionId + " in " + message.readable());
    }

    static CommandResult press(String userId, FakeSlack.Message dm, String actionId) {
        return bot.client().blockAction(userId, dm.channel(), actionId, value(dm, actionId), null, dm);
    }

    @Test
    @Order(1)
    void eachOwnerGetsExactlyOneDmPerDueReminderAtTheReminderTime() {
        channel = bot.newChannel("equalities");
        bot.setUpGroup(channel, "Equalities Theme Group", SUE, DEBBIE);
        CommandResult reminders = bot.command(SUE, channel, "/themegroup", "reminders 2 at 09:00");
        assertThat(bot.awaitReply(reminders, t -> t.contains("Reminders:"))).contains("2 days before the due date")
                .contains("at 09:00");
        bot.command(DEBBIE, channel, "/action", "add Publish the equality scheme | " + bot.mention(BALBIR) + ", "
                + bot.mention(JUNE) + " | " + TYPED.format(TODAY));
        bot.command(DEBBIE, channel, "/action", "add Check the venue | " + bot.mention(BALBIR) + " | "
                + TYPED.format(TODAY.plusDays(2)));
        bot.command(DEBBIE, channel, "/action", "add Chase the survey | " + bot.mention(JUNE) + " | "
                + TYPED.format(TODAY.minusDays(1)));
        bot.command(DEBBIE, channel, "/action", "add Send examples | ALL | " + TYPED.format(TODAY));
        bot.command(DEBBIE, channel, "/action", "add Archive the old minutes | <@U0GONE|gone> | " + TYPED.format(TODAY));
        assertThat(FakeSlack.waitFor(() -> bot.stored(channel).count() == 5, FakeSlack.PATIENCE)).isTrue();

        assertThat(FakeSlack.holdsFor(() -> bot.fake().directMessages(BALBIR).isEmpty()
                && bot.fake().directMessages(JUNE).isEmpty(), TWO_TICKS))
                .as("nothing before 09:00, and an overdue action added at 08:58 is not chased at once").isTrue();

        clock.set(START.plusMinutes(2).toInstant()); // 09:00
        awaitDm(BALBIR, "A1 is due today");
        awaitDm(BALBIR, "A2 is due in 2 days");
        awaitDm(JUNE, "A1 is due today");
        awaitDm(JUNE, "A3 is overdue by 1 day");
        assertThat(FakeSlack.holdsFor(() -> bot.fake().directMessages(BALBIR).size() == 2
                && bot.fake().directMessages(JUNE).size() == 2, TWO_TICKS)).as("each exactly once").isTrue();
        assertThat(bot.fake().directMessages(SUE)).as("ALL is chased by the digest, not by DM").isEmpty();
        assertThat(bot.count("reminder_claim", "1 = 1")).as("four DMs, and ALL's reminder claimed with none")
                .isEqualTo(5);
        assertThat(FakeSlack.waitFor(() -> bot.count("outbox", "status = 'failed' AND last_error = 'channel_not_found'")
                == 1, FakeSlack.PATIENCE)).as("a user Slack cannot DM is given up on, with a log line").isTrue();
        assertThat(FakeSlack.holdsFor(() -> bot.fake().requests("chat.postMessage").stream()
                .filter(c -> "U0GONE".equals(c.arg("channel"))).count() == 1, TWO_TICKS)).as("and not retried").isTrue();
        assertThat(FakeSlack.waitFor(() -> bot.fake().directMessages(DEBBIE).stream()
                .filter(m -> m.readable().contains("could not deliver")).toList(), FakeSlack.PATIENCE))
                .as("the secretary hears of it, once").singleElement()
                .satisfies(m -> assertThat(m.readable()).contains("channel_not_found"));
    }

    @Test
    @Order(2)
    void doneFromTheDmClosesTheActionUpdatesTheDmAndTellsTheChannel() {
        FakeSlack.Message dm = awaitDm(BALBIR, "A1 is due today");
        long mark = bot.fake().mark();
        CommandResult done = press(BALBIR, dm, "reminder_done");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.elapsedMs()).isLessThan(3000);

        assertThat(FakeSlack.waitFor(() -> "done".equals(bot.stored(channel).action(1).orElseThrow().get("status")),
                FakeSlack.PATIENCE)).isTrue();
        FakeSlack.Message updated = FakeSlack.waitFor(() -> bot.fake().messages(dm.channel()).stream()
                .filter(m -> m.ts().equals(dm.ts()) && !m.blocks().toString().contains("reminder_done"))
                .findFirst().orElse(null), FakeSlack.PATIENCE);
        assertThat(updated).as("the DM now shows the new state, without buttons").isNotNull();
        assertThat(updated.readable()).contains("Done").contains("Publish the equality scheme");
        assertThat(FakeSlack.waitFor(() -> bot.fake().messages(channel, mark).stream()
                .filter(m -> m.readable().contains("A1") && m.readable().contains("done by")).findFirst().orElse(null),
                FakeSlack.PATIENCE)).as("the channel is told").isNotNull();
    }

    @Test
    @Order(3)
    void onlyOwnersAndOfficersMayPressAndOthersAreToldWhy() {
        FakeSlack.Message balbirs = awaitDm(BALBIR, "A2 is due in 2 days");
        CommandResult refused = press(JUNE, balbirs, "reminder_done");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(bot.awaitReply(refused, t -> t.contains("Only"))).contains("Only the owners of A2");
        assertThat(bot.stored(channel).action(2).orElseThrow().get("status")).isEqualTo("open");

        CommandResult bySecretary = press(DEBBIE, balbirs, "reminder_snooze");
        assertThat(bySecretary.status()).isEqualTo(200);
        assertThat(FakeSlack.waitFor(() -> bot.fake().messages(balbirs.channel()).stream()
                .anyMatch(m -> m.ts().equals(balbirs.ts()) && m.readable().contains("Snoozed")), FakeSlack.PATIENCE))
                .as("the secretary may snooze it; the DM says so").isTrue();
        assertThat(bot.stored(channel).historyDetails(2)).contains("update: reminders snoozed until "
                + DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK).format(TODAY.plusDays(7)));
    }

    @Test
    @Order(4)
    void addUpdateOpensAModalWhoseEntryLandsInTheHistory() {
        FakeSlack.Message dm = awaitDm(JUNE, "A3 is overdue by 1 day");
        int viewsBefore = bot.fake().views().size();
        press(JUNE, dm, "reminder_update");
        JsonNode modal = FakeSlack.waitFor(() -> bot.fake().views().size() > viewsBefore
                ? bot.fake().views().get(bot.fake().views().size() - 1) : null, FakeSlack.PATIENCE);
        assertThat(modal).isNotNull();
        assertThat(modal.path("callback_id").asText()).isEqualTo("reminder_update_modal");

        CommandResult empty = bot.client().viewSubmission(JUNE, modal, values("  "), null, null);
        assertThat(empty.ack().path("response_action").asText()).isEqualTo("errors");
        assertThat(empty.ack().path("errors").path("update").asText()).contains("Say what progress");

        CommandResult saved = bot.client().viewSubmission(JUNE, modal, values("Survey sent to 40 groups"), null, null);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.ack().path("response_action").isMissingNode()).isTrue();
        assertThat(bot.stored(channel).historyDetails(3)).contains("update: Survey sent to 40 groups");
        assertThat(FakeSlack.waitFor(() -> bot.fake().messages(dm.channel()).stream()
                .anyMatch(m -> m.ts().equals(dm.ts()) && m.readable().contains("Survey sent to 40 groups")),
                FakeSlack.PATIENCE)).as("the DM shows the update").isTrue();
    }

    @Test
    @Order(5)
    void aRateLimitedReminderArrivesOnceAfterRetryAfter() {
        bot.command(DEBBIE, channel, "/action", "add Book the hall | " + bot.mention(SUE) + " | "
                + TYPED.format(TODAY.plusDays(1)));
        assertThat(FakeSlack.waitFor(() -> bot.stored(channel).count() == 6, FakeSlack.PATIENCE)).isTrue();
        bot.fake().failNext("chat.postMessage", 1, 429, 1);
        clock.set(START.plusDays(1).plusMinutes(2).toInstant()); // 09:00 the next day: A6 is due
        awaitDm(SUE, "A6 is due today");
        assertThat(FakeSlack.holdsFor(() -> dms(SUE, "A6").size() == 1, TWO_TICKS)).isTrue();
        assertThat(bot.fake().requests("chat.postMessage").stream().anyMatch(SlackCall::faulted)).isTrue();
    }

    @Test
    @Order(6)
    void aRestartOnTheSameDatabaseSendsNothingTwiceAndCatchesUpWhatItMissed() throws Exception {
        long before = bot.fake().calls("chat.postMessage").size();
        bot.restart();
        assertThat(FakeSlack.holdsFor(() -> bot.fake().calls("chat.postMessage").size() == before, TWO_TICKS))
                .as("nothing re-sent after a restart").isTrue();

        bot.stop();
        clock.set(START.plusDays(3).plusHours(2).toInstant()); // down over A6's first overdue reminder
        bot.restart();
        awaitDm(SUE, "A6 is overdue by 1 day");
        assertThat(FakeSlack.holdsFor(() -> dms(SUE, "A6 is overdue").size() == 1, TWO_TICKS)).isTrue();
    }

    private static JsonNode values(String text) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject("update").putObject("update").put("type", "plain_text_input").put("value", text);
        return values;
    }
}
