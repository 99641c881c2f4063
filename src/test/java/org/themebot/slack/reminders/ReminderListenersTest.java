package org.themebot.slack.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;
import org.themebot.it.CommandResult;
import org.themebot.it.FakeSlack;
import org.themebot.it.TestBot;

/**
 * The buttons of a reminder DM — Done, Snooze a week, Add update and its form — through the real
 * Bolt app in-process. Balbir's three actions fall due tomorrow; the sweep sends him a reminder of
 * each on the day, and each test presses the buttons of one.
 */
class ReminderListenersTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final TestClock clock = TestClock.running(TestClock.start());

    @RegisterExtension
    static final TestBot bot = TestBot.inProcess(clock).withGroup();

    static String dm;
    /** Each action's reminder DM, by its ref. */
    static final Map<String, String> reminderTs = new HashMap<>();

    @BeforeAll
    static void threeRemindersForBalbir() {
        dm = bot.fake().dmChannel(BALBIR);
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), LONDON).plusDays(1);
        String due = tomorrow.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        for (String text : new String[] {"Send the toolkit", "Book the room", "Draft the terms"}) {
            bot.command(DEBBIE, bot.groupChannel(), "/action", "add " + text + " | " + bot.mention(BALBIR) + " | " + due);
        }
        clock.set(tomorrow.atTime(9, 30).atZone(LONDON).toInstant());
        bot.sweepNow();
        assertThat(FakeSlack.waitFor(() -> bot.fake().directMessages(BALBIR).size() == 3, FakeSlack.PATIENCE)).isTrue();
        for (FakeSlack.Message reminder : bot.fake().directMessages(BALBIR)) {
            reminderTs.put(reminder.readable().replaceAll("(?s).*\\*(A\\d+) is due today\\*.*", "$1"), reminder.ts());
        }
        // Sent and recorded as sent (a press on a message the outbox has not recorded rewrites nothing),
        // and the channel's "added" posts out of the way of the tests' own.
        bot.awaitOutboxSent();
    }

    /** The reminder DM of an action as it reads now. */
    static FakeSlack.Message reminderOf(String ref) {
        return bot.fake().directMessages(BALBIR).stream().filter(m -> m.ts().equals(reminderTs.get(ref)))
                .findFirst().orElseThrow();
    }

    /** Its text, once it says {@code wanted} (or as it is when the wait is over). */
    static String awaitReminder(String ref, String wanted) {
        FakeSlack.waitFor(() -> reminderOf(ref).readable().contains(wanted), FakeSlack.PATIENCE);
        return reminderOf(ref).readable();
    }

    /** Balbir's press of {@code actionId} on the reminder of {@code ref}, not yet sent. */
    static ObjectNode pressPayload(String actionId, String ref) {
        FakeSlack.Message reminder = reminderOf(ref);
        return bot.client().blockActionPayload(BALBIR, dm, actionId, reminder.buttonValue(actionId).orElseThrow(), null,
                reminder);
    }

    static CommandResult press(String userId, String actionId, String ref) {
        FakeSlack.Message reminder = reminderOf(ref);
        return bot.client().blockAction(userId, dm, actionId, reminder.buttonValue(actionId).orElseThrow(), null, reminder);
    }

    @Test
    void doneClosesTheActionOnceRewritesTheReminderAndTellsTheChannel() {
        ObjectNode payload = pressPayload(ReminderButtons.DONE, "A1");

        CommandResult done = bot.client().interaction(payload, BALBIR, dm);
        CommandResult retry = bot.client().interaction(payload, BALBIR, dm);

        assertThat(done.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(awaitReminder("A1", "*Done* by")).as("the DM shows it")
                .contains(":white_check_mark: *Done* by <@" + BALBIR + ">");
        assertThat(reminderOf("A1").buttonValue(ReminderButtons.DONE)).as("no buttons once closed").isEmpty();
        assertThat(FakeSlack.waitFor(() -> bot.fake().messages(bot.groupChannel(), done.sentAfter()), FakeSlack.PATIENCE))
                .singleElement()
                .satisfies(m -> assertThat(m.readable()).contains("*A1* done by Balbir Sohal"));
        assertThat(bot.count("action_event", "kind = 'done'")).as("applied once").isEqualTo(1);
    }

    @Test
    void snoozeRewritesTheReminderWithWhenItComesBack() {
        assertThat(press(BALBIR, ReminderButtons.SNOOZE, "A2").status()).isEqualTo(200);

        assertThat(awaitReminder("A2", "Snoozed")).contains(":zzz: *Snoozed* by <@" + BALBIR + ">: reminders snoozed until");
    }

    @Test
    void addUpdateOpensAFormWhoseEntryGoesIntoTheHistory() {
        int views = bot.fake().views().size();
        assertThat(press(BALBIR, ReminderButtons.UPDATE, "A3").status()).isEqualTo(200);
        JsonNode modal = FakeSlack.waitFor(() -> bot.fake().views().size() > views
                ? bot.fake().views().get(views) : null, FakeSlack.PATIENCE);
        assertThat(modal.path("callback_id").asText()).isEqualTo(ReminderButtons.UPDATE_MODAL);

        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject(ReminderButtons.UPDATE_BLOCK).putObject(ReminderButtons.UPDATE_BLOCK)
                .put("type", "plain_text_input").put("value", "First draft <circulated>");
        CommandResult saved = bot.client().viewSubmission(BALBIR, modal, values, null, null);

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.ack().path("response_action").isMissingNode()).isTrue();
        assertThat(awaitReminder("A3", "Update added")).contains(":memo: *Update added* by <@" + BALBIR + ">: First draft &lt;circulated&gt;");
        assertThat(bot.count("action_event", "kind = 'update' AND detail = ?", "First draft <circulated>")).isEqualTo(1);
    }

    @Test
    void aMemberWhoOwnsNoneOfItIsRefusedInAPrivateReplyAndNothingChanges() {
        var before = bot.snapshot();

        CommandResult done = press(JUNE, ReminderButtons.DONE, "A2");

        assertThat(done.status()).isEqualTo(200);
        assertThat(FakeSlack.waitFor(() -> bot.fake().responses(done.responseUrl()), FakeSlack.PATIENCE))
                .singleElement().satisfies(reply -> assertThat(reply.readable())
                        .contains("Only the owners of A2 and the group's chairs and secretaries may"));
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void malformedSignedPayloadsAreAnswered400AndChangeNothing() {
        var before = bot.snapshot();
        FakeSlack.Message reminder = reminderOf("A2");
        ObjectNode noTeam = pressPayload(ReminderButtons.DONE, "A2");
        noTeam.remove("team");
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject(ReminderButtons.UPDATE_BLOCK).putObject(ReminderButtons.UPDATE_BLOCK)
                .put("type", "plain_text_input").put("value", "Forged");

        assertThat(bot.client().interaction(noTeam, BALBIR, dm).status()).isEqualTo(400);
        assertThat(bot.client().blockAction(BALBIR, dm, ReminderButtons.DONE, "A2", null, reminder).status())
                .as("an action id that is not a number").isEqualTo(400);
        assertThat(bot.client().viewSubmission(BALBIR, null, values, ReminderButtons.UPDATE_MODAL, "2~not-ours")
                .status()).as("private_metadata that is not ours").isEqualTo(400);
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void aPressFromAnotherWorkspaceIsRefused() {
        var before = bot.snapshot();
        FakeSlack.Message reminder = reminderOf("A2");
        ObjectNode foreign = pressPayload(ReminderButtons.SNOOZE, "A2");
        foreign.with("team").put("id", "T0OTHER");

        assertThat(bot.client().interaction(foreign, BALBIR, dm).status()).isEqualTo(403);
        assertThat(FakeSlack.holdsFor(() -> reminderOf("A2").updates() == reminder.updates(), Duration.ofMillis(200)))
                .isTrue();
        assertThat(bot.snapshot()).isEqualTo(before);
    }
}
