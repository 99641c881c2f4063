package org.themebot.slack.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.it.CommandResult;
import org.themebot.it.FakeSlack;
import org.themebot.it.TestBot;

/** /themegroup (a group's officers and settings), through the real Bolt app in-process. */
class GroupListenersTest {

    @RegisterExtension
    static final TestBot bot = TestBot.inProcess().withGroup();

    @Test
    void setupIsAnsweredInTheAckWithTheGroupsOfficers() {
        String own = bot.newChannel("health");

        CommandResult setup = bot.command(JUNE, own, "/themegroup",
                "setup name Health &amp; Wellbeing chair " + bot.mention(SUE) + " secretary " + bot.mention(JUNE));

        assertThat(setup.status()).isEqualTo(200);
        assertThat(setup.ackIsEphemeral()).isTrue();
        assertThat(setup.ackText()).contains(":tada: This channel is now the home of *Health &amp; Wellbeing*")
                .contains("*Chair:* <@" + SUE + ">").contains("*Secretary:* <@" + JUNE + ">");
    }

    @Test
    void digestNowReachesTheChairsDirectMessagesOnceHoweverOftenSlackRetries() {
        long before = bot.fake().directMessages(SUE).size();
        Map<String, String> fields = bot.client().commandFields(DEBBIE, bot.groupChannel(), "/themegroup", "digest now");

        CommandResult first = bot.client().send(fields);
        CommandResult retry = bot.client().send(fields, Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(first.ackText()).contains("The digest is on its way to <@" + SUE + ">");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.ackText()).as("a retry is acked with nothing more").isEmpty();
        assertThat(FakeSlack.waitFor(() -> bot.fake().directMessages(SUE).size() > before, FakeSlack.PATIENCE)).isTrue();
        assertThat(FakeSlack.holdsFor(() -> bot.fake().directMessages(SUE).size() == before + 1, Duration.ofMillis(300)))
                .as("one digest").isTrue();
        assertThat(bot.fake().directMessages(SUE).get((int) before).readable())
                .contains("Digest — Equalities Theme Group");
    }

    @Test
    void aBadSettingIsRefusedPrivatelyWithTheCorrectFormAndChangesNothing() {
        var before = bot.snapshot();

        CommandResult zone = bot.command(SUE, bot.groupChannel(), "/themegroup", "timezone Mars/Olympus_Mons");

        assertThat(zone.ackIsEphemeral()).isTrue();
        assertThat(zone.ackText()).contains("Mars/Olympus_Mons").contains("Use: `/themegroup timezone &lt;IANA zone&gt;`");
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void aSettingChangedByAMemberIsRefusedWithWhomToAsk() {
        CommandResult reminders = bot.command(JUNE, bot.groupChannel(), "/themegroup", "reminders 3 at 08:30");

        assertThat(reminders.ackText()).contains("Only the group's chairs and secretaries may")
                .contains("<@" + SUE + ">").contains("<@" + DEBBIE + ">");
    }

    @Test
    void malformedCommandsAreAnswered400AndChangeNothing() {
        var before = bot.snapshot();
        Map<String, String> noTeam = new LinkedHashMap<>(bot.client().commandFields(SUE, bot.groupChannel(), "/themegroup",
                "reminders 3"));
        noTeam.remove("team_id");
        Map<String, String> noChannel = new LinkedHashMap<>(bot.client().commandFields(SUE, bot.groupChannel(), "/themegroup",
                "reminders 3"));
        noChannel.put("channel_id", "");

        assertThat(bot.client().send(noTeam).status()).isEqualTo(400);
        assertThat(bot.client().send(noChannel).status()).isEqualTo(400);
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void aCommandFromAnotherWorkspaceIsRefused() {
        var before = bot.snapshot();
        Map<String, String> command = new LinkedHashMap<>(bot.client().commandFields(SUE, bot.groupChannel(), "/themegroup",
                "setup name Hijacked"));
        command.put("team_id", "T0OTHER");

        assertThat(bot.client().send(command).status()).isEqualTo(403);
        assertThat(bot.snapshot()).isEqualTo(before);
    }
}
