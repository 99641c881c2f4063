package org.themebot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.themebot.TestClock;

/** A POST to a response_url does what Slack does with it. */
class ResponseUrlsTest {

    private static final String SUE = "U02SUE";
    private static final String BALBIR = "U03BALBIR";
    private static final String CHANNEL = Workspace.THEME_GROUP.id();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SlackEngine engine = new SlackEngine(Workspace.directory(), "xoxb-sandbox", new TestClock(TestClock.start()),
            call -> { });
    private final Timeline timeline = engine.timeline();
    private final ResponseUrls urls = engine.responseUrls();

    ResponseUrlsTest() {
        engine.listensAt("http://sandbox");
    }

    private String newToken(String sourceTs) {
        String url = urls.newUrl(new ResponseUrls.Origin(SUE, CHANNEL, sourceTs));
        assertThat(url).startsWith("http://sandbox/sandbox/response/");
        return ResponseUrls.token(url);
    }

    @Test
    void aReplyIsEphemeralUnlessItSaysInChannel() {
        String token = newToken(null);

        urls.respond(token, JSON.objectNode().put("text", "only Sue"));
        urls.respond(token, JSON.objectNode().put("text", "everyone").put("response_type", "in_channel"));

        assertThat(timeline.conversation(CHANNEL, SUE)).extracting(Timeline.Post::text).containsExactly("only Sue", "everyone");
        assertThat(timeline.conversation(CHANNEL, BALBIR)).extracting(Timeline.Post::text).containsExactly("everyone");
    }

    @Test
    void replaceOriginalChangesTheMessageTheButtonWasOnAndDeleteOriginalRemovesIt() {
        String ts = timeline.post(CHANNEL, Workspace.BOT_USER_ID, Timeline.Via.WEB_API, null,
                Timeline.Content.of("A1 open", JSON.arrayNode())).ts();
        String token = newToken(ts);

        urls.respond(token, JSON.objectNode().put("text", "A1 done").put("replace_original", true));
        assertThat(timeline.conversation(CHANNEL, BALBIR)).extracting(Timeline.Post::text).containsExactly("A1 done");
        assertThat(timeline.find(CHANNEL, ts)).hasValueSatisfying(p -> assertThat(p.updates()).isEqualTo(1));

        urls.respond(token, JSON.objectNode().put("delete_original", true));
        assertThat(timeline.conversation(CHANNEL, BALBIR)).isEmpty();
    }

    @Test
    void aReplyBreakingSlacksLimitsIsRefusedAndShowsNothing() {
        ObjectNode tooLong = JSON.objectNode().put("text", "list");
        tooLong.putArray("blocks").addObject().put("type", "header").putObject("text").put("type", "plain_text")
                .put("text", "h".repeat(151));

        assertThatThrownBy(() -> urls.respond(newToken(null), tooLong)).hasMessage("invalid_blocks");
        assertThat(timeline.conversation(CHANNEL, SUE)).isEmpty();
    }

    @Test
    void anUnknownUrlChangesNothing() {
        assertThat(urls.respond("R0MADEUP", JSON.objectNode().put("text", "hello"))).isFalse();
        assertThat(timeline.version()).isZero();
    }
}
