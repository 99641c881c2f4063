package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;

/**
 * One request the engine received, as its call log keeps it: a Web API call ({@code kind} "api"),
 * a file's bytes ("upload") or a response_url post ("response"), in the engine's sequence, with
 * what was asked (arguments with JSON fields parsed, headers in lower case, the bot token) and
 * what was answered; {@code faulted} when the answer was an injected fault.
 */
public record SlackCall(long seq, Instant at, String kind, String method, String path, ObjectNode args,
                        Map<String, String> headers, String token, int status, boolean faulted, JsonNode response) {

    /** An argument as text (null when absent); a JSON argument as its JSON. */
    public String arg(String name) {
        JsonNode value = args.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** True when the engine answered ok:true. */
    public boolean ok() {
        return response != null && response.path("ok").asBoolean(false);
    }
}
