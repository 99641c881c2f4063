package org.themebot.slack.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.it.CommandResult;
import org.themebot.it.FakeSlack;
import org.themebot.it.TestBot;
import org.themebot.slack.SignedMetadata;

/** /action, the new-action form and the "Record as action" shortcut, through the real Bolt app in-process. */
class ActionListenersTest {

    @RegisterExtension
    static final TestBot bot = TestBot.inProcess().withGroup();

    @Test
    void anAddedActionIsAckedAtOnceAndAnnouncedInTheChannelEvenWhenSlackTakesFiveSeconds() {
        String own = bot.newChannel("slow");
        bot.setUpGroup(own, "Slow Theme Group", SUE, DEBBIE);
        bot.fake().slowNext("chat.postMessage", 1, Duration.ofSeconds(5));

        CommandResult add = bot.command(DEBBIE, own, "/action",
                "add Forward the toolkit &amp; notes | " + bot.mention(BALBIR) + " / Cllr Kevin Foster | Sept 08");

        assertThat(add.status()).isEqualTo(200);
        assertThat(add.elapsedMs()).as("the ack does not wait for Slack").isLessThan(1000);
        assertThat(add.ackText()).as("the channel is told, not the typer alone").isEmpty();
        assertThat(bot.awaitChannelMessage(add, m -> m.readable().contains("added"))).singleElement()
                .satisfies(m -> assertThat(m.readable()).contains("*A1* added: Forward the toolkit &amp; notes")
                        .contains("*Who:* Balbir Sohal / Cllr Kevin Foster").contains("Sept 08 (due Tue 30 Sept 2008)"));
    }

    @Test
    void aWrongRefIsRefusedPrivatelyWithTheCorrectFormAndNothingIsPosted() {
        CommandResult done = bot.command(SUE, bot.groupChannel(), "/action", "done A99 all sorted");

        assertThat(done.status()).isEqualTo(200);
        assertThat(done.ackIsEphemeral()).isTrue();
        assertThat(done.ackText()).contains("A99").contains("Use: `/action done &lt;ref&gt; [comment]`");
        assertThat(FakeSlack.holdsFor(() -> bot.fake().messages(bot.groupChannel(), done.sentAfter()).isEmpty(),
                Duration.ofMillis(300))).isTrue();
    }

    @Test
    void theShortcutsFormRecordsTheActionOnceHoweverOftenItIsSubmitted() {
        String own = bot.newChannel("form");
        bot.setUpGroup(own, "Form Theme Group", SUE, DEBBIE);
        int before = bot.fake().views().size();
        assertThat(bot.client().messageShortcut(JUNE, own, ActionListeners.RECORD_AS_ACTION,
                "Debbie to circulate the E&amp;CC minutes").status()).isEqualTo(200);
        JsonNode modal = FakeSlack.waitFor(() -> bot.fake().views().size() > before
                ? bot.fake().views().get(before) : null, FakeSlack.PATIENCE);
        assertThat(modal.path("blocks").get(0).path("element").path("initial_value").asText())
                .isEqualTo("Debbie to circulate the E&CC minutes");

        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject(ActionModal.TEXT).putObject(ActionModal.TEXT).put("type", "plain_text_input")
                .put("value", "Circulate the minutes");
        values.putObject(ActionModal.USERS).putObject(ActionModal.USERS).put("type", "multi_users_select")
                .putArray("selected_users").add(DEBBIE);
        ObjectNode submission = bot.client().viewSubmissionPayload(JUNE, modal, values, null, null);
        CommandResult first = bot.client().interaction(submission, JUNE, null);
        CommandResult retry = bot.client().interaction(submission, JUNE, null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.ack().path("response_action").isMissingNode()).as("the form closes").isTrue();
        assertThat(retry.status()).isEqualTo(200);
        assertThat(bot.awaitChannelMessage(first, m -> m.readable().contains("added"))).singleElement()
                .satisfies(m -> assertThat(m.readable()).contains("*A1* added: Circulate the minutes"));
        assertThat(bot.stored(own).count()).as("applied once").isEqualTo(1);
    }

    @Test
    void aRetriedCommandIsAppliedOnce() {
        String own = bot.newChannel("retry");
        bot.setUpGroup(own, "Retry Theme Group", SUE, DEBBIE);
        Map<String, String> fields = bot.client().commandFields(DEBBIE, own, "/action", "add Book the room");

        CommandResult first = bot.client().send(fields);
        CommandResult retry = bot.client().send(fields, Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        bot.awaitChannelMessage(first, m -> m.readable().contains("A1"));
        assertThat(bot.stored(own).count()).isEqualTo(1);
        assertThat(FakeSlack.holdsFor(() -> bot.fake().messages(own, first.sentAfter()).size() == 1,
                Duration.ofMillis(300))).as("announced once").isTrue();
    }

    @Test
    void aFormWithAProblemGetsItBesideTheFieldAndRecordsNothing() {
        var before = bot.snapshot();
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject(ActionModal.TEXT).putObject(ActionModal.TEXT).put("type", "plain_text_input").put("value", " ");

        CommandResult blank = bot.client().viewSubmission(BALBIR, null, values, ActionModal.CALLBACK_ID,
                new SignedMetadata(bot.signingSecret()).sign(bot.groupChannel(), FakeSlack.TEAM_ID, BALBIR));

        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.ack().path("response_action").asText()).isEqualTo("errors");
        assertThat(blank.ack().path("errors").path(ActionModal.TEXT).asText()).isNotBlank();
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void malformedSignedPayloadsAreAnswered400AndChangeNothing() {
        var before = bot.snapshot();
        ObjectNode noTeam = bot.client().messageShortcutPayload(SUE, bot.groupChannel(), ActionListeners.RECORD_AS_ACTION, "Hi");
        noTeam.remove("team");
        ObjectNode noChannel = bot.client().messageShortcutPayload(SUE, bot.groupChannel(), ActionListeners.RECORD_AS_ACTION, "Hi");
        noChannel.remove("channel");
        Map<String, String> commandWithoutChannel = new java.util.LinkedHashMap<>(
                bot.client().commandFields(SUE, bot.groupChannel(), "/action", "add Sneaky"));
        commandWithoutChannel.remove("channel_id");
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject(ActionModal.TEXT).putObject(ActionModal.TEXT).put("type", "plain_text_input").put("value", "Forged");

        assertThat(bot.client().interaction(noTeam, SUE, bot.groupChannel()).status()).isEqualTo(400);
        assertThat(bot.client().interaction(noChannel, SUE, bot.groupChannel()).status()).isEqualTo(400);
        assertThat(bot.client().send(commandWithoutChannel).status()).isEqualTo(400);
        assertThat(bot.client().viewSubmission(SUE, null, values, ActionModal.CALLBACK_ID, bot.groupChannel() + "~not-ours")
                .status()).as("private_metadata not signed by us").isEqualTo(400);
        assertThat(bot.client().viewSubmission(SUE, null, values, ActionModal.CALLBACK_ID,
                new SignedMetadata(bot.signingSecret()).sign(bot.groupChannel(), FakeSlack.TEAM_ID, JUNE)).status())
                .as("a form opened for someone else").isEqualTo(400);
        assertThat(bot.client().blockAction(SUE, bot.groupChannel(), ActionBlocks.PAGE_ACTION + "next", "second|open", null, null)
                .status()).as("a page that is not a number").isEqualTo(400);
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void requestsFromAnotherWorkspaceAreRefused() {
        var before = bot.snapshot();
        Map<String, String> command = new java.util.LinkedHashMap<>(
                bot.client().commandFields(SUE, bot.groupChannel(), "/action", "add Sneaky"));
        command.put("team_id", "T0OTHER");
        ObjectNode shortcut = bot.client().messageShortcutPayload(SUE, bot.groupChannel(), ActionListeners.RECORD_AS_ACTION, "Hi");
        shortcut.with("team").put("id", "T0OTHER");
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject(ActionModal.TEXT).putObject(ActionModal.TEXT).put("type", "plain_text_input").put("value", "Forged");
        ObjectNode form = bot.client().viewSubmissionPayload(SUE, null, values, ActionModal.CALLBACK_ID,
                new SignedMetadata(bot.signingSecret()).sign(bot.groupChannel(), "T0OTHER", SUE));
        form.with("team").put("id", "T0OTHER");

        assertThat(bot.client().send(command).status()).isEqualTo(403);
        assertThat(bot.client().interaction(shortcut, SUE, bot.groupChannel()).status()).isEqualTo(403);
        assertThat(bot.client().interaction(form, SUE, null).status()).as("even a form signed for that workspace")
                .isEqualTo(403);
        assertThat(bot.snapshot()).isEqualTo(before);
    }
}
