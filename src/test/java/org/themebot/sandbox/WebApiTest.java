package org.themebot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.themebot.TestClock;

/** The sandbox's Web API answers as Slack does, with Slack's error names. */
class WebApiTest {

    private static final String SUE = "U02SUE";
    private static final String CHANNEL = Workspace.THEME_GROUP.id();

    private final TestClock clock = new TestClock(Instant.parse("2008-09-03T10:00:00Z"));
    private final SlackEngine engine = new SlackEngine(Workspace.directory(), "xoxb-sandbox", clock, call -> { });
    private final Timeline timeline = engine.timeline();
    private final Views views = engine.views();
    private final WebApi api = engine.webApi();

    WebApiTest() {
        engine.listensAt("http://sandbox");
    }

    private static ObjectNode args() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static ObjectNode blocks(String text) {
        ObjectNode args = args();
        args.putArray("blocks").addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", text);
        return args;
    }

    @Test
    void aMessageToAUserIdGoesToTheBotsDirectMessagesWithThem() {
        JsonNode answer = api.call("chat.postMessage", blocks("due today").put("channel", SUE).put("text", "due today"));

        assertThat(answer.path("ok").asBoolean()).isTrue();
        assertThat(answer.path("channel").asText()).isEqualTo("D02SUE");
        assertThat(timeline.conversation("D02SUE", SUE)).singleElement()
                .satisfies(p -> assertThat(p.blocks().get(0).path("block_id").asText()).isNotEmpty());
        assertThat(api.call("conversations.open", args().put("users", SUE)).path("channel").path("id").asText())
                .isEqualTo("D02SUE");
    }

    @Test
    void refusalsUseSlacksErrorNames() {
        assertThat(api.call("chat.postMessage", args().put("channel", "C0NOWHERE").put("text", "hi")).path("error").asText())
                .isEqualTo("channel_not_found");
        assertThat(api.call("chat.postMessage", args().put("channel", CHANNEL)).path("error").asText()).isEqualTo("no_text");
        assertThat(api.call("chat.postMessage", args().put("channel", CHANNEL).put("blocks", "[not json")).path("error")
                .asText()).isEqualTo("invalid_blocks_format");
        assertThat(api.call("users.info", args().put("user", "U0NOBODY")).path("error").asText()).isEqualTo("user_not_found");
        assertThat(api.call("chat.update", args().put("channel", CHANNEL).put("ts", "1.000001").put("text", "x"))
                .path("error").asText()).isEqualTo("message_not_found");
        assertThat(api.call("admin.users.remove", args()).path("error").asText()).isEqualTo("unknown_method");
    }

    @Test
    void anEphemeralIsSeenOnlyByItsPerson() {
        api.call("chat.postEphemeral", args().put("channel", CHANNEL).put("user", SUE).put("text", "only Sue"));

        assertThat(timeline.conversation(CHANNEL, SUE)).hasSize(1);
        assertThat(timeline.conversation(CHANNEL, "U03BALBIR")).isEmpty();
    }

    @Test
    void aModalOpensOnlyWithAFreshTriggerOfItsPerson() {
        ObjectNode open = args().put("trigger_id", views.newTrigger(SUE));
        open.putObject("view").put("type", "modal").putArray("blocks");
        ObjectNode late = open.deepCopy().put("trigger_id", views.newTrigger(SUE));

        JsonNode opened = api.call("views.open", open);
        clock.advance(Duration.ofSeconds(4));

        assertThat(opened.path("ok").asBoolean()).isTrue();
        assertThat(views.top(SUE)).hasValueSatisfying(v -> assertThat(v.path("id")).isEqualTo(opened.path("view").path("id")));
        assertThat(api.call("views.open", late).path("error").asText()).isEqualTo("expired_trigger_id");
        assertThat(api.call("views.open", open.deepCopy().put("trigger_id", "12.34.made-up")).path("error").asText())
                .isEqualTo("invalid_trigger_id");
    }

    @Test
    void aViewUpdateWithAStaleHashIsRefused() {
        ObjectNode open = args().put("trigger_id", views.newTrigger(SUE));
        open.putObject("view").put("type", "modal").putArray("blocks");
        JsonNode view = api.call("views.open", open).path("view");
        ObjectNode update = args().put("view_id", view.path("id").asText()).put("hash", view.path("hash").asText());
        update.set("view", open.get("view"));

        assertThat(api.call("views.update", update).path("ok").asBoolean()).isTrue();
        assertThat(api.call("views.update", update).path("error").asText()).isEqualTo("hash_conflict");
    }

    @Test
    void anAckThatClosesTheSubmittedModalLeavesTheOneTheBotOpenedAfterIt() {
        JsonNode submitted = openModal();
        JsonNode opened = openModal(); // the bot's views.open with the submission's trigger, which can beat the ack

        views.closeSubmitted(SUE, submitted.path("id").asText(), false);
        assertThat(views.top(SUE)).hasValueSatisfying(v -> assertThat(v.path("id")).isEqualTo(opened.path("id")));

        views.closeSubmitted(SUE, opened.path("id").asText(), false);
        assertThat(views.top(SUE)).isEmpty();
    }

    private JsonNode openModal() {
        ObjectNode open = args().put("trigger_id", views.newTrigger(SUE));
        open.putObject("view").put("type", "modal").putArray("blocks");
        return api.call("views.open", open).path("view");
    }

    @Test
    void anUploadedFileIsSharedInTheChannelOnceCompleted() {
        JsonNode url = api.call("files.getUploadURLExternal", args().put("filename", "action-notes-2008-09-03.md")
                .put("length", "5"));
        String fileId = url.path("file_id").asText();
        ObjectNode complete = args().put("channel_id", CHANNEL);
        complete.putArray("files").addObject().put("id", fileId).put("title", "Action Notes");

        JsonNode early = api.call("files.completeUploadExternal", complete);
        timeline.upload(fileId, "notes".getBytes(StandardCharsets.UTF_8));
        JsonNode done = api.call("files.completeUploadExternal", complete);

        assertThat(url.path("upload_url").asText()).isEqualTo("http://sandbox/sandbox/upload/" + fileId);
        assertThat(early.path("error").asText()).isEqualTo("file_upload_not_complete");
        assertThat(done.path("ok").asBoolean()).isTrue();
        assertThat(timeline.conversation(CHANNEL, "U03BALBIR")).singleElement()
                .satisfies(p -> assertThat(p.files()).extracting(Timeline.SharedFile::title).containsExactly("Action Notes"));
    }

    @Test
    void onlyTheBotsOwnMessagesCanBeUpdatedAndAnUpdateKeepsToTheLimits() {
        String typed = timeline.post(CHANNEL, SUE, Timeline.Via.MESSAGE, null,
                Timeline.Content.of("hello", JsonNodeFactory.instance.arrayNode())).ts();
        String ts = api.call("chat.postMessage", args().put("channel", CHANNEL).put("text", "A1 open")).path("ts").asText();
        ObjectNode tooBig = blocks("x".repeat(3001)).put("channel", CHANNEL).put("ts", ts);

        assertThat(api.call("chat.update", args().put("channel", CHANNEL).put("ts", typed).put("text", "x"))
                .path("error").asText()).isEqualTo("cant_update_message");
        assertThat(api.call("chat.update", tooBig).path("error").asText()).isEqualTo("invalid_blocks");
        assertThat(api.call("chat.update", args().put("channel", CHANNEL).put("ts", ts).put("text", "A1 done"))
                .path("message").path("text").asText()).isEqualTo("A1 done");
        assertThat(timeline.find(CHANNEL, ts)).hasValueSatisfying(p -> assertThat(p.updates()).isEqualTo(1));
    }

    @Test
    void aHomeTabIsPublishedPerPersonAndUpdatedByItsId() {
        ObjectNode publish = args().put("user_id", SUE);
        publish.putObject("view").put("type", "home").putArray("blocks");
        ObjectNode modal = args().put("user_id", SUE);
        modal.putObject("view").put("type", "modal").putArray("blocks");

        JsonNode home = api.call("views.publish", publish).path("view");
        ObjectNode update = args().put("view_id", home.path("id").asText());
        update.set("view", publish.get("view"));

        assertThat(api.call("views.publish", modal).path("error").asText()).isEqualTo("invalid_arguments");
        assertThat(api.call("views.publish", publish.deepCopy().put("user_id", "U0NOBODY")).path("error").asText())
                .isEqualTo("user_not_found");
        assertThat(api.call("views.update", update).path("ok").asBoolean()).isTrue();
        assertThat(views.home(SUE)).hasValueSatisfying(v -> assertThat(v.path("id")).isEqualTo(home.path("id")));
    }
}
