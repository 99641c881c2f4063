package org.themebot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.JUNE;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.it.CommandResult;
import org.themebot.it.TestBot;

/** /themebot help and the help every command gives, made from the command tables, through the real Bolt app in-process. */
class HelpListenersTest {

    @RegisterExtension
    static final TestBot bot = TestBot.inProcess();

    static String channel;

    @BeforeAll
    static void aChannelWithNoGroup() {
        channel = bot.newChannel("random");
    }

    @Test
    void helpListsEveryCommandWithItsFormsAndWritesNothingHoweverOftenItIsAsked() {
        var before = bot.snapshot();
        Map<String, String> fields = bot.client().commandFields(JUNE, channel, "/themebot", "help");

        CommandResult help = bot.client().send(fields);
        CommandResult retry = bot.client().send(fields, Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(help.status()).isEqualTo(200);
        assertThat(help.ackIsEphemeral()).isTrue();
        assertThat(help.ackText()).contains("*/action*").contains("*/meeting*").contains("*/goodpractice*")
                .contains("*/themegroup*").contains("*/themebot*").contains("_form:_ `/action done &lt;ref&gt; [comment]`")
                .contains("A3, M2, G1");
        Golden.assertAck("core/help", help.ack());
        assertThat(retry.ackText()).as("a read is answered again").isEqualTo(help.ackText());
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void helpForOneCommandAndACommandWithNoWordGiveThatCommandsHelp() {
        CommandResult meeting = bot.command(JUNE, channel, "/themebot", "help meeting");
        CommandResult bare = bot.command(JUNE, channel, "/goodpractice", "");

        assertThat(meeting.ackText()).contains("*/meeting*").contains("/meeting next &lt;date&gt;")
                .doesNotContain("*/action*");
        assertThat(bare.ackText()).contains("*/goodpractice*").contains("/goodpractice submit")
                .doesNotContain("*/meeting*");
    }

    @Test
    void anUnknownWordGetsTheNearestSubcommandAndTheCommandsHelp() {
        CommandResult typo = bot.command(JUNE, channel, "/action", "lsit overdue");

        assertThat(typo.status()).isEqualTo(200);
        assertThat(typo.ackText()).contains(":warning: I don't know `lsit` — did you mean `list`?")
                .contains("/action list [mine|overdue|open|done|all|@person]");
    }

    @Test
    void malformedOrForeignRequestsAreRefused() {
        Map<String, String> noUser = new LinkedHashMap<>(bot.client().commandFields(JUNE, channel, "/themebot", "help"));
        noUser.remove("user_id");
        Map<String, String> foreign = new LinkedHashMap<>(bot.client().commandFields(JUNE, channel, "/themebot", "help"));
        foreign.put("team_id", "T0OTHER");

        assertThat(bot.client().send(noUser).status()).isEqualTo(400);
        assertThat(bot.client().send(foreign).status()).isEqualTo(403);
    }
}
