package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A modal's {@code state.values} as Slack sends them with a submission: for each input block, its
 * element's answer in the shape of that element's type. The page sends only what was typed or
 * picked ({block_id: {action_id: text or list of values}}); options are looked up in the view.
 */
final class ViewState {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ViewState() {
    }

    static ObjectNode values(JsonNode view, JsonNode entered) {
        return values(view, entered, id -> Optional.empty());
    }

    /** As above; a file input's entry is the ids of files uploaded for it, which files gives as Slack lists them. */
    static ObjectNode values(JsonNode view, JsonNode entered, Function<String, Optional<ObjectNode>> files) {
        ObjectNode values = JSON.objectNode();
        for (JsonNode block : view.path("blocks")) {
            JsonNode element = block.path("element");
            if (!"input".equals(block.path("type").asText()) || !element.isObject()) {
                continue;
            }
            String blockId = block.path("block_id").asText();
            String actionId = element.path("action_id").asText();
            ObjectNode answer = answer(element, entered.path(blockId).path(actionId));
            if ("file_input".equals(element.path("type").asText())) {
                ArrayNode picked = answer.putArray("files");
                entered.path(blockId).path(actionId).forEach(id -> files.apply(id.asText()).ifPresent(picked::add));
            }
            values.putObject(blockId).set(actionId, answer);
        }
        return values;
    }

    /** One element's answer; an element left empty answers with null, as Slack's do. */
    static ObjectNode answer(JsonNode element, JsonNode entered) {
        String type = element.path("type").asText();
        ObjectNode answer = JSON.objectNode().put("type", type);
        List<String> picked = new ArrayList<>();
        if (entered.isArray()) {
            entered.forEach(v -> picked.add(v.asText()));
        } else if (entered.isTextual() && !entered.asText().isEmpty()) {
            picked.add(entered.asText());
        }
        String first = picked.isEmpty() ? null : picked.get(0);
        switch (type) {
            case "multi_users_select" -> answer.set("selected_users", texts(picked));
            case "users_select" -> answer.put("selected_user", first);
            case "conversations_select", "channels_select" -> answer.put("selected_conversation", first);
            case "checkboxes", "multi_static_select" -> answer.set("selected_options", options(element, picked));
            case "static_select", "radio_buttons" -> {
                ArrayNode options = options(element, picked);
                answer.set("selected_option", options.isEmpty() ? JSON.nullNode() : options.get(0));
            }
            case "datepicker" -> answer.put("selected_date", first);
            case "timepicker" -> answer.put("selected_time", first);
            case "file_input" -> { } // the files, by id: see values
            default -> answer.put("value", first); // plain_text_input, number_input, email and url inputs
        }
        return answer;
    }

    private static ArrayNode texts(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** The element's options (option groups included) whose values were picked, in the element's order. */
    private static ArrayNode options(JsonNode element, List<String> picked) {
        ArrayNode chosen = JSON.arrayNode();
        List<JsonNode> all = new ArrayList<>();
        element.path("options").forEach(all::add);
        element.path("option_groups").forEach(g -> g.path("options").forEach(all::add));
        for (JsonNode option : all) {
            if (picked.contains(option.path("value").asText())) {
                chosen.add(option.deepCopy());
            }
        }
        return chosen;
    }
}
