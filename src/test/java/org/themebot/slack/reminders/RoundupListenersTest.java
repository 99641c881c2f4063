package org.themebot.slack.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;
import org.themebot.it.CommandResult;
import org.themebot.it.FakeSlack;
import org.themebot.it.TestBot;
import org.themebot.reminders.RoundupAnswer;

/**
 * The answers of a pre-meeting round-up DM, through the real Bolt app in-process: the group's next
 * meeting is in two days, so the sweep sends Balbir one round-up of his two open actions.
 */
class RoundupListenersTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final TestClock clock = TestClock.running(TestClock.start());

    @RegisterExtension
    static final TestBot bot = TestBot.inProcess(clock).withGroup();

    static String dm;
    static String roundupTs;

    @BeforeAll
    static void aRoundupForBalbir() {
        dm = bot.fake().dmChannel(BALBIR);
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
        bot.command(DEBBIE, bot.groupChannel(), "/meeting", "start");
        bot.command(DEBBIE, bot.groupChannel(), "/meeting", "next " + today.plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        bot.command(DEBBIE, bot.groupChannel(), "/action", "add Send the toolkit | " + bot.mention(BALBIR) + " | Dec 2030");
        bot.command(DEBBIE, bot.groupChannel(), "/action", "add Book the room | " + bot.mention(BALBIR) + " | Dec 2030");
        bot.sweepNow();
        roundupTs = FakeSlack.waitFor(() -> bot.fake().directMessages(BALBIR), FakeSlack.PATIENCE).get(0).ts();
        // Sent and recorded as sent (a press on a message the outbox has not recorded rewrites nothing),
        // and the channel's "added" posts out of the way of the tests' own.
        bot.awaitOutboxSent();
    }

    static FakeSlack.Message roundup() {
        return bot.fake().directMessages(BALBIR).stream().filter(m -> m.ts().equals(roundupTs)).findFirst().orElseThrow();
    }

    /** The value of an answer's button for the n-th action listed (0: A1). */
    static String answerValue(RoundupAnswer answer, int n) {
        List<String> values = roundup().json().findParents("action_id").stream()
                .filter(e -> e.path("action_id").asText().equals(RoundupBlocks.ANSWER + answer.storeName()))
                .map(e -> e.path("value").asText()).toList();
        return values.get(n);
    }

    static ObjectNode pressPayload(String userId, RoundupAnswer answer, int n) {
        return bot.client().blockActionPayload(userId, dm, RoundupBlocks.ANSWER + answer.storeName(),
                answerValue(answer, n), null, roundup());
    }

    @Test
    void anAnswerGoesIntoTheHistoryAndTheRoundupShowsIt() {
        CommandResult pressed = bot.client().interaction(pressPayload(BALBIR, RoundupAnswer.IN_PROGRESS, 0), BALBIR, dm);

        assertThat(pressed.status()).isEqualTo(200);
        FakeSlack.waitFor(() -> roundup().readable().contains("your answer: *In progress*"), FakeSlack.PATIENCE);
        assertThat(roundup().readable()).contains("Send the toolkit\nDec 2030 (due Tue 31 Dec 2030) · your answer: *In progress*");
        assertThat(bot.count("action_event", "kind = 'update' AND detail LIKE ?", "round-up before the meeting on %: in progress"))
                .isEqualTo(1);
    }

    @Test
    void doneClosesTheActionOnceAndTellsTheChannel() {
        ObjectNode done = pressPayload(BALBIR, RoundupAnswer.DONE, 1);

        CommandResult first = bot.client().interaction(done, BALBIR, dm);
        CommandResult retry = bot.client().interaction(done, BALBIR, dm);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(FakeSlack.waitFor(() -> bot.fake().messages(bot.groupChannel(), first.sentAfter()), FakeSlack.PATIENCE))
                .singleElement().satisfies(m -> assertThat(m.readable()).contains("*A2* done by Balbir Sohal"));
        assertThat(bot.count("action_event", "kind = 'done'")).as("applied once").isEqualTo(1);
    }

    @Test
    void anotherMembersAnswerIsRefusedInAPrivateReplyAndChangesNothing() {
        var before = bot.snapshot();

        CommandResult pressed = bot.client().interaction(pressPayload(JUNE, RoundupAnswer.CARRY_FORWARD, 0), JUNE, dm);

        assertThat(FakeSlack.waitFor(() -> bot.fake().responses(pressed.responseUrl()), FakeSlack.PATIENCE))
                .singleElement().satisfies(reply -> assertThat(reply.readable()).contains("Only the owners of A1"));
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void malformedSignedPayloadsAreAnswered400AndChangeNothing() {
        var before = bot.snapshot();
        ObjectNode noTeam = pressPayload(BALBIR, RoundupAnswer.BLOCKED, 0);
        noTeam.remove("team");
        String meetingDay = answerValue(RoundupAnswer.BLOCKED, 0).replaceAll(".*@", "");

        assertThat(bot.client().interaction(noTeam, BALBIR, dm).status()).isEqualTo(400);
        assertThat(bot.client().blockAction(BALBIR, dm, RoundupBlocks.ANSWER + "blocked", "A1@" + meetingDay, null,
                roundup()).status()).as("an action id that is not a number").isEqualTo(400);
        assertThat(bot.client().blockAction(BALBIR, dm, RoundupBlocks.ANSWER + "maybe",
                answerValue(RoundupAnswer.BLOCKED, 0), null, roundup()).status()).as("no such answer").isEqualTo(400);
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void anAnswerFromAnotherWorkspaceIsRefused() {
        var before = bot.snapshot();
        ObjectNode foreign = pressPayload(BALBIR, RoundupAnswer.BLOCKED, 0);
        foreign.with("team").put("id", "T0OTHER");

        assertThat(bot.client().interaction(foreign, BALBIR, dm).status()).isEqualTo(403);
        assertThat(bot.snapshot()).isEqualTo(before);
    }
}
