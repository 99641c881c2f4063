package org.themebot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A POST to a response_url does what Slack does with it. */
class ResponseUrlsTest {

    private static final String SUE = "U02SUE";
    private static final String BALBIR = "U03BALBIR";
    private static final String CHANNEL = Workspace.THEME_GROUP.id();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Timeline timeline = new Timeline(Clock.systemUTC());
    private final ResponseUrls urls = new ResponseUrls(timeline);

    @Test
    void aReplyIsEphemeralUnlessItSaysInChannel() {
        String token = urls.register(new ResponseUrls.Origin(SUE, CHANNEL, null));

        urls.respond(token, JSON.objectNode().put("text", "only Sue"));
        urls.respond(token, JSON.objectNode().put("text", "everyone").put("response_type", "in_channel"));

        assertThat(timeline.conversation(CHANNEL, SUE)).extracting(Timeline.Post::text).containsExactly("only Sue", "everyone");
        assertThat(timeline.conversation(CHANNEL, BALBIR)).extracting(Timeline.Post::text).containsExactly("everyone");
    }

    @Test
    void replaceOriginalChangesTheMessageTheButtonWasOn() {
        String ts = timeline.post(CHANNEL, Workspace.BOT_USER_ID, "A1 open", JSON.arrayNode(), List.of(), null, false);
        String token = urls.register(new ResponseUrls.Origin(SUE, CHANNEL, ts));

        urls.respond(token, JSON.objectNode().put("text", "A1 done").put("replace_original", true));

        assertThat(timeline.conversation(CHANNEL, BALBIR)).extracting(Timeline.Post::text).containsExactly("A1 done");
    }

    @Test
    void anUnknownUrlChangesNothing() {
        assertThat(urls.respond("R0MADEUP", JSON.objectNode().put("text", "hello"))).isFalse();
        assertThat(timeline.version()).isZero();
    }
}
