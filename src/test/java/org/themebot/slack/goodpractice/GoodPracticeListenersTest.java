package org.themebot.slack.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.JUNE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.it.CommandResult;
import org.themebot.it.FakeSlack;
import org.themebot.it.TestBot;
import org.themebot.slack.SignedMetadata;

/** /goodpractice and its submission form, through the real Bolt app in-process. */
class GoodPracticeListenersTest {

    @RegisterExtension
    static final TestBot bot = TestBot.inProcess().withGroup();

    static ObjectNode title(String title) {
        ObjectNode values = JsonNodeFactory.instance.objectNode();
        values.putObject("title").putObject("title").put("type", "plain_text_input").put("value", title);
        return values;
    }

    static String signedFor(String team, String user) {
        return new SignedMetadata(bot.signingSecret()).sign(bot.groupChannel(), team, user);
    }

    @Test
    void theFormOpensAndItsSubmissionIsPostedInTheChannelOnce() {
        int views = bot.fake().views().size();
        CommandResult submit = bot.command(BALBIR, bot.groupChannel(), "/goodpractice", "submit");
        assertThat(submit.status()).isEqualTo(200);
        JsonNode modal = FakeSlack.waitFor(() -> bot.fake().views().size() > views
                ? bot.fake().views().get(views) : null, FakeSlack.PATIENCE);
        assertThat(modal.path("callback_id").asText()).isEqualTo(GoodPracticeModal.CALLBACK_ID);

        ObjectNode values = title("Hate crime reporting <in schools>");
        values.putObject("strands").putObject("strands").put("type", "multi_static_select")
                .putArray("selected_options").addObject().put("value", "race");
        ObjectNode submission = bot.client().viewSubmissionPayload(BALBIR, modal, values, null, null);
        CommandResult first = bot.client().interaction(submission, BALBIR, null);
        CommandResult retry = bot.client().interaction(submission, BALBIR, null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.ack().path("response_action").isMissingNode()).isTrue();
        assertThat(retry.status()).isEqualTo(200);
        assertThat(bot.awaitChannelMessage(first, m -> m.readable().contains("good practice from"))).singleElement()
                .satisfies(m -> assertThat(m.readable()).contains("*G1* good practice from Balbir Sohal")
                        .contains("*Hate crime reporting &lt;in schools&gt;*").contains("*Strands:* race"));
        assertThat(bot.count("submission", "")).as("submitted once").isEqualTo(1);
    }

    @Test
    void aWrongRefIsRefusedPrivatelyWithTheCorrectForm() {
        CommandResult table = bot.command(SUE, bot.groupChannel(), "/goodpractice", "table G99");

        assertThat(table.ackIsEphemeral()).isTrue();
        assertThat(table.ackText()).contains("G99").contains("Use: `/goodpractice table &lt;ref&gt;`");
    }

    @Test
    void aFormWithNoTitleGetsItsErrorBesideTheTitleAndChangesNothing() {
        var before = bot.snapshot();

        CommandResult blank = bot.client().viewSubmission(JUNE, null, title(""), GoodPracticeModal.CALLBACK_ID,
                signedFor(FakeSlack.TEAM_ID, JUNE));

        assertThat(blank.ack().path("response_action").asText()).isEqualTo("errors");
        assertThat(blank.ack().path("errors").path("title").asText()).isNotBlank();
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void malformedSignedPayloadsAreAnswered400AndChangeNothing() {
        var before = bot.snapshot();
        ObjectNode noTeam = bot.client().viewSubmissionPayload(JUNE, null, title("Forged"),
                GoodPracticeModal.CALLBACK_ID, signedFor(FakeSlack.TEAM_ID, JUNE));
        noTeam.remove("team");
        Map<String, String> noTeamCommand = new LinkedHashMap<>(
                bot.client().commandFields(JUNE, bot.groupChannel(), "/goodpractice", "submit Forged"));
        noTeamCommand.remove("team_id");

        assertThat(bot.client().interaction(noTeam, JUNE, null).status()).isEqualTo(400);
        assertThat(bot.client().send(noTeamCommand).status()).isEqualTo(400);
        assertThat(bot.client().viewSubmission(JUNE, null, title("Forged"), GoodPracticeModal.CALLBACK_ID,
                "C0ELSEWHERE").status()).as("private_metadata that is not ours").isEqualTo(400);
        assertThat(bot.client().viewSubmission(JUNE, null, title("Forged"), GoodPracticeModal.CALLBACK_ID,
                signedFor(FakeSlack.TEAM_ID, SUE)).status()).as("a form opened for someone else").isEqualTo(400);
        assertThat(bot.snapshot()).isEqualTo(before);
    }

    @Test
    void requestsFromAnotherWorkspaceAreRefused() {
        var before = bot.snapshot();
        ObjectNode form = bot.client().viewSubmissionPayload(JUNE, null, title("Forged"), GoodPracticeModal.CALLBACK_ID,
                signedFor("T0OTHER", JUNE));
        form.with("team").put("id", "T0OTHER");
        Map<String, String> command = new LinkedHashMap<>(
                bot.client().commandFields(JUNE, bot.groupChannel(), "/goodpractice", "submit Forged"));
        command.put("team_id", "T0OTHER");

        assertThat(bot.client().interaction(form, JUNE, null).status()).isEqualTo(403);
        assertThat(bot.client().send(command).status()).isEqualTo(403);
        assertThat(bot.snapshot()).isEqualTo(before);
    }
}
