package org.themebot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Slack's retry of a command is known by its workspace and trigger: one workspace never shadows another's. */
class SlashCommandTest {

    private static SlashCommand in(String teamId, String triggerId) {
        return new SlashCommand(teamId, null, "C1", "general", "U1", "/action", "list", triggerId,
                "https://hooks.slack.com/commands/" + teamId + "/1");
    }

    @Test
    void theSameTriggerInTwoWorkspacesIsTwoCommands() {
        assertThat(in("T1", "trig1").retryKey()).isEqualTo(in("T1", "trig1").retryKey());
        assertThat(in("T1", "trig1").retryKey()).isNotEqualTo(in("T2", "trig1").retryKey());
    }

    @Test
    void withoutATriggerTheResponseUrlIdentifiesIt() {
        assertThat(in("T1", "").retryKey()).isEqualTo("command:T1:https://hooks.slack.com/commands/T1/1");
    }
}
