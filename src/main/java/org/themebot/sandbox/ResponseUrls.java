package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The response_url of each slash command and interaction the engine hands out, and what a POST to
 * one does, as in Slack: an ephemeral reply to the person (the default), a message to the
 * channel ({@code in_channel}), or a change to the message the button was on
 * ({@code replace_original}, {@code delete_original}).
 */
public final class ResponseUrls {

    static final String PATH = "/sandbox/response/";

    /** Who did what where; sourceTs is the message a button was on (null for a slash command). */
    public record Origin(String userId, String channelId, String sourceTs) {
    }

    private final Timeline timeline;
    private final Directory directory;
    private final Supplier<String> engineUrl;
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    /** engineUrl: where the engine listens, known once it does. */
    ResponseUrls(Timeline timeline, Directory directory, Supplier<String> engineUrl) {
        this.timeline = timeline;
        this.directory = directory;
        this.engineUrl = engineUrl;
    }

    /** A new response_url for one interaction. */
    public String newUrl(Origin origin) {
        String token = Workspace.newId("R");
        origins.put(token, origin);
        return engineUrl.get() + PATH + token;
    }

    /** The token at the end of a response_url (a token stays itself). */
    public static String token(String url) {
        int at = url.lastIndexOf(PATH);
        return at < 0 ? url : url.substring(at + PATH.length());
    }

    /** Applies a POST to a response_url; false when the token is unknown, Slack's error when the content is broken. */
    boolean respond(String token, JsonNode body) {
        Origin origin = origins.get(token);
        if (origin == null) {
            return false;
        }
        String text = body.path("text").asText("");
        boolean onMessage = origin.sourceTs() != null;
        if (onMessage && body.path("delete_original").asBoolean(false)) {
            timeline.delete(origin.channelId(), origin.sourceTs());
        } else if (onMessage && body.path("replace_original").asBoolean(false)) {
            timeline.replace(origin.channelId(), origin.sourceTs(), text, BlockKitRules.message(body));
        } else {
            boolean inChannel = "in_channel".equals(body.path("response_type").asText());
            timeline.post(origin.channelId(), directory.bot().userId(), Timeline.Via.RESPONSE_URL,
                    inChannel ? null : origin.userId(), Timeline.Content.of(text, BlockKitRules.message(body)));
        }
        return true;
    }
}
