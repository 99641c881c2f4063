package org.themebot.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a person would read in a message, ack body, response_url post or view, flattened to
 * one string: top-level text, section text and fields, context elements, headers, rich text,
 * button and option texts, input labels, attachments. The Java twin of slackfake.text_of.
 */
public final class ReadableText {

    private static final Set<String> TEXT_KEYS = Set.of("text", "alt_text", "pretext", "fallback", "title", "footer",
            "author_name", "initial_value", "placeholder", "label", "submit", "close", "hint");
    private static final Set<String> NESTED_KEYS = Set.of("blocks", "elements", "fields", "accessory", "options",
            "option_groups", "element", "attachments", "view", "message", "initial_option", "initial_options",
            "confirm", "body", "args", "actions");

    private ReadableText() {
    }

    /** The readable text of a JSON node; "" for null or missing. */
    public static String of(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        List<String> out = new ArrayList<>();
        collect(node, out);
        return out.stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("\n"));
    }

    private static void collect(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String kind = node.path("type").asText("");
        switch (kind) {
            case "user" -> addIf(node, "user_id", id -> "<@" + id + ">", out);
            case "usergroup" -> addIf(node, "usergroup_id", id -> "<!subteam^" + id + ">", out);
            case "channel" -> addIf(node, "channel_id", id -> "<#" + id + ">", out);
            case "emoji" -> addIf(node, "name", name -> ":" + name + ":", out);
            case "link" -> {
                if (!node.hasNonNull("text")) {
                    addIf(node, "url", url -> url, out);
                }
            }
            case "date" -> addIf(node, "fallback", fallback -> fallback, out);
            default -> {
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (TEXT_KEYS.contains(key)) {
                if ((value.isTextual() || value.isContainerNode()) && !(key.equals("fallback") && kind.equals("date"))) {
                    collect(value, out);
                }
            } else if (NESTED_KEYS.contains(key) && value.isContainerNode()) {
                if (key.equals("args") && (node.has("blocks") || node.has("text"))) {
                    continue; // a stored message: its args hold the same content again
                }
                collect(value, out);
            }
        }
    }

    private static void addIf(JsonNode node, String key, java.util.function.UnaryOperator<String> render,
                              List<String> out) {
        if (node.hasNonNull(key)) {
            out.add(render.apply(node.get(key).asText()));
        }
    }
}
