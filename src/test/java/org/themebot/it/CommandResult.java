package org.themebot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/**
 * What Slack saw when it sent one request to the bot: the HTTP status, the ack body (parsed JSON,
 * a text node for a non-JSON body, missing for an empty one), how long the ack took, and the
 * request's response_url. {@code sentAfter} is the fake's mark just before sending, so what the
 * bot did in reply can be told from what it did before.
 */
public record CommandResult(int status, JsonNode ack, String rawAck, long elapsedMs, String responseUrl,
                            long sentAfter, String userId, String channelId, Map<String, String> fields) {

    static JsonNode parseAck(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return FakeSlack.MAPPER.readTree(body);
        } catch (Exception notJson) {
            return TextNode.valueOf(body);
        }
    }

    /** The readable text of the ack body ("" when empty). */
    public String ackText() {
        return ReadableText.of(ack);
    }

    /** True when the ack body is a reply visible only to the typer (Slack's default). */
    public boolean ackIsEphemeral() {
        return ack.isObject() && !"in_channel".equals(ack.path("response_type").asText("ephemeral"));
    }

    /** The ack's response_type as sent, or null when it says none. */
    public String responseType() {
        return ack.hasNonNull("response_type") ? ack.get("response_type").asText() : null;
    }
}
