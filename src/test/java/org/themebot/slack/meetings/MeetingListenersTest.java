package org.themebot.slack.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.it.CommandResult;
import org.themebot.it.FakeSlack;
import org.themebot.it.TestBot;

/** /meeting and the export buttons of a meeting's summary, through the real Bolt app in-process. */
class MeetingListenersTest {

    @RegisterExtension
    static final TestBot bot = TestBot.inProcess().withGroup();

    static final String EXPORT_CSV = MeetingBlocks.EXPORT_ACTION + "csv";

    /** A group whose meeting M1 has ended, and the summary the channel was sent. */
    static FakeSlack.Message summary;

    @BeforeAll
    static void aMeetingThatHasEnded() {
        bot.command(DEBBIE, bot.groupChannel(), "/meeting", "start 2008-09-03 | Quarterly");
        bot.command(DEBBIE, bot.groupChannel(), "/meeting", "item Revised Terms of Reference");
        bot.command(DEBBIE, bot.groupChannel(), "/action", "add Redraft the terms | " + bot.mention(SUE) + " | Sept 08");
        CommandResult end = bot.command(DEBBIE, bot.groupChannel(), "/meeting", "end");
        summary = bot.awaitChannelMessage(end, m -> m.readable().contains("ended")).stream()
                .filter(m -> m.readable().contains("ended")).findFirst().orElseThrow();
    }

    @Test
    void aMeetingsCommandsAreAckedAndPostedInTheChannel() {
        String own = bot.newChannel("meeting");
        bot.setUpGroup(own, "Meeting Theme Group", SUE, DEBBIE);

        CommandResult start = bot.command(SUE, own, "/meeting", "start 2008-09-03");
        CommandResult item = bot.command(DEBBIE, own, "/meeting", "item Equality Impact &amp; Assessments");

        assertThat(start.status()).isEqualTo(200);
        assertThat(start.ackText()).isEmpty();
        assertThat(bot.awaitChannelMessage(item, m -> m.readable().contains("1. Equality")))
                .extracting(FakeSlack.Message::readable).anySatisfy(text -> assertThat(text)
                        .contains("Meeting M1 — Wednesday 3 September 2008").contains("*Matters arising:*"))
                .anySatisfy(text -> assertThat(text).contains("*1. Equality Impact &amp; Assessments*"));
    }

    @Test
    void anExportButtonUploadsTheActionNotesToTheChannel() {
        CommandResult pressed = bot.client().blockAction(SUE, bot.groupChannel(), EXPORT_CSV,
                summary.buttonValue(EXPORT_CSV).orElseThrow(), null, summary);

        assertThat(pressed.status()).isEqualTo(200);
        assertThat(FakeSlack.waitFor(() -> bot.fake().files().stream()
                .filter(f -> f.name().equals("action-notes-2008-09-03.csv")).toList(), FakeSlack.PATIENCE))
                .singleElement().satisfies(f -> {
                    assertThat(f.channel()).isEqualTo(bot.groupChannel());
                    assertThat(new String(f.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                            .contains("Revised Terms of Reference,Redraft the terms,Sept 08");
                });
    }

    @Test
    void aBadDateIsRefusedPrivatelyWithTheCorrectForm() {
        CommandResult start = bot.command(DEBBIE, bot.groupChannel(), "/meeting", "start 31/02/09");

        assertThat(start.ackIsEphemeral()).isTrue();
        assertThat(start.ackText()).contains("31/02/09").contains("Use: `/meeting start [date] [| title]`");
    }

    @Test
    void anExportPressedByAMemberIsRefusedInAPrivateReply() {
        int files = bot.fake().files().size();
        CommandResult pressed = bot.client().blockAction(JUNE, bot.groupChannel(), EXPORT_CSV,
                summary.buttonValue(EXPORT_CSV).orElseThrow(), null, summary);

        assertThat(pressed.status()).isEqualTo(200);
        assertThat(FakeSlack.waitFor(() -> bot.fake().responses(pressed.responseUrl()), FakeSlack.PATIENCE))
                .singleElement().satisfies(reply -> {
                    assertThat(reply.ephemeral()).isTrue();
                    assertThat(reply.readable()).contains("Only the group's chairs and secretaries may export")
                            .contains("<@" + SUE + ">");
                });
        assertThat(bot.fake().files()).hasSize(files);
    }

    @Test
    void aRetriedItemIsAddedOnce() {
        String own = bot.newChannel("retry");
        bot.setUpGroup(own, "Retry Theme Group", SUE, DEBBIE);
        bot.command(SUE, own, "/meeting", "start");
        Map<String, String> fields = bot.client().commandFields(DEBBIE, own, "/meeting", "item Budget");

        CommandResult first = bot.client().send(fields);
        bot.client().send(fields, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

        bot.awaitChannelMessage(first, m -> m.readable().contains("1. Budget"));
        assertThat(FakeSlack.holdsFor(() -> bot.fake().messages(own, first.sentAfter()).stream()
                .filter(m -> m.readable().contains("Budget")).count() == 1, Duration.ofMillis(300))).isTrue();
        assertThat(bot.count("agenda_item i JOIN meeting m ON m.id = i.meeting_id JOIN theme_group g ON g.id = m.group_id",
                "g.channel_id = ?", own)).isEqualTo(1);
    }

    @Test
    void malformedSignedPayloadsAreAnswered400AndChangeNothing() {
        var before = bot.snapshot();
        ObjectNode noTeam = bot.client().blockActionPayload(SUE, bot.groupChannel(), EXPORT_CSV, "1", null, summary);
        noTeam.remove("team");
        Map<String, String> noChannel = new LinkedHashMap<>(bot.client().commandFields(SUE, bot.groupChannel(), "/meeting", "end"));
        noChannel.remove("channel_id");

        assertThat(bot.client().interaction(noTeam, SUE, bot.groupChannel()).status()).isEqualTo(400);
        assertThat(bot.client().send(noChannel).status()).isEqualTo(400);
        assertThat(bot.client().blockAction(SUE, bot.groupChannel(), EXPORT_CSV, "M1", null, summary).status())
                .as("a meeting id that is not a number").isEqualTo(400);
        assertThat(bot.client().blockAction(SUE, bot.groupChannel(), MeetingBlocks.EXPORT_ACTION + "exe", "1", null, summary)
                .status()).as("no such format").isEqualTo(400);
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void requestsFromAnotherWorkspaceAreRefused() {
        var before = bot.snapshot();
        int files = bot.fake().files().size();
        ObjectNode press = bot.client().blockActionPayload(SUE, bot.groupChannel(), EXPORT_CSV,
                summary.buttonValue(EXPORT_CSV).orElseThrow(), null, summary);
        press.with("team").put("id", "T0OTHER");
        Map<String, String> command = new LinkedHashMap<>(bot.client().commandFields(SUE, bot.groupChannel(), "/meeting", "start"));
        command.put("team_id", "T0OTHER");

        assertThat(bot.client().interaction(press, SUE, bot.groupChannel()).status()).isEqualTo(403);
        assertThat(bot.client().send(command).status()).isEqualTo(403);
        assertThat(bot.snapshot()).isEqualTo(before);
        assertThat(bot.fake().files()).hasSize(files);
    }
}
