package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The response_url of each slash command and button press the sandbox relays, and what a POST to
 * one does, as in Slack: an ephemeral reply to the person (the default), a message to the
 * channel ({@code in_channel}), or a change to the message the button was on
 * ({@code replace_original}, {@code delete_original}).
 */
final class ResponseUrls {

    /** Who did what where; sourceTs is the message a button was on (null for a slash command). */
    record Origin(String userId, String channelId, String sourceTs) {
    }

    private final Timeline timeline;
    private final Map<String, Origin> origins = new ConcurrentHashMap<>();

    ResponseUrls(Timeline timeline) {
        this.timeline = timeline;
    }

    /** A new response_url token for one interaction. */
    String register(Origin origin) {
        String token = Workspace.newId("R");
        origins.put(token, origin);
        return token;
    }

    /** Applies a POST to a response_url; false when the token is unknown. */
    boolean respond(String token, JsonNode body) {
        Optional<Origin> found = Optional.ofNullable(origins.get(token));
        if (found.isEmpty()) {
            return false;
        }
        Origin origin = found.get();
        String text = body.path("text").asText("");
        JsonNode blocks = BlockIds.filled(body.path("blocks"));
        if (origin.sourceTs() != null && body.path("delete_original").asBoolean(false)) {
            timeline.delete(origin.channelId(), origin.sourceTs());
        } else if (origin.sourceTs() != null && body.path("replace_original").asBoolean(false)) {
            timeline.replace(origin.channelId(), origin.sourceTs(), text, blocks);
        } else {
            boolean inChannel = "in_channel".equals(body.path("response_type").asText());
            timeline.post(origin.channelId(), Workspace.BOT_USER_ID, text, blocks, List.of(),
                    inChannel ? null : origin.userId(), false);
        }
        return true;
    }
}
