package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Slack's limits on what a message or a view may hold, and the error Slack answers when one is
 * broken: at most 50 blocks in a message and 100 in a modal or Home tab, 3,000 characters in a
 * section's text, 10 fields of 2,000 characters each, 150 in a header, 40,000 in a message's text,
 * 24 in a modal's title and buttons, 3,000 of private_metadata. Every path into the engine (Web
 * API, response_url, response_action) checks here, so each rule is written once.
 */
final class BlockKitRules {

    static final int MESSAGE_BLOCKS = 50;
    static final int VIEW_BLOCKS = 100;
    static final int SECTION_TEXT = 3000;
    static final int FIELDS = 10;
    static final int FIELD_TEXT = 2000;
    static final int HEADER_TEXT = 150;
    static final int MESSAGE_TEXT = 40_000;
    static final int VIEW_TITLE = 24;
    static final int PRIVATE_METADATA = 3000;

    private BlockKitRules() {
    }

    /**
     * A new message's blocks (chat.postMessage, chat.postEphemeral, a response_url post) after
     * checking it says something within the limits: no_text, msg_too_long, invalid_blocks.
     */
    static ArrayNode message(JsonNode args) {
        ArrayNode blocks = messageBlocks(args);
        if (text(args).isEmpty() && blocks.isEmpty() && !args.path("attachments").isArray()) {
            throw new WebApi.Refused("no_text");
        }
        return blocks;
    }

    /** A message's blocks, possibly none, checked (chat.update checks only what it changes). */
    static ArrayNode messageBlocks(JsonNode args) {
        if (text(args).length() > MESSAGE_TEXT) {
            throw new WebApi.Refused("msg_too_long");
        }
        return blocks(args, MESSAGE_BLOCKS);
    }

    /** The "view" of a call or of a response_action, checked, with Slack's ids filled in. */
    static ObjectNode view(JsonNode args) {
        if (!(args.get("view") instanceof ObjectNode view) || !view.path("type").isTextual()) {
            throw new WebApi.Refused("invalid_arguments");
        }
        for (String button : new String[] {"title", "submit", "close"}) {
            if (view.path(button).path("text").asText("").length() > VIEW_TITLE) {
                throw new WebApi.Refused("invalid_arguments");
            }
        }
        if (view.path("private_metadata").asText("").length() > PRIVATE_METADATA) {
            throw new WebApi.Refused("invalid_arguments");
        }
        ObjectNode checked = view.deepCopy();
        checked.set("blocks", blocks(view, VIEW_BLOCKS));
        return checked;
    }

    private static String text(JsonNode args) {
        return args.path("text").asText("");
    }

    private static ArrayNode blocks(JsonNode holder, int maxBlocks) {
        JsonNode blocks = holder.path("blocks");
        if (blocks.isMissingNode() || blocks.isNull() || blocks.isTextual() && blocks.asText().isBlank()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (!blocks.isArray()) {
            throw new WebApi.Refused("invalid_blocks_format"); // a blocks argument that is not a JSON array
        }
        if (blocks.size() > maxBlocks) {
            throw new WebApi.Refused("invalid_blocks");
        }
        blocks.forEach(BlockKitRules::checkBlock);
        return BlockIds.filled(blocks);
    }

    private static void checkBlock(JsonNode block) {
        String type = block.path("type").asText("");
        String text = block.path("text").path("text").asText("");
        boolean broken = switch (type) {
            case "" -> true;
            case "header" -> text.length() > HEADER_TEXT;
            case "section" -> text.length() > SECTION_TEXT || block.path("fields").size() > FIELDS
                    || anyLongerThan(block.path("fields"), FIELD_TEXT);
            default -> false;
        };
        if (broken) {
            throw new WebApi.Refused("invalid_blocks");
        }
    }

    private static boolean anyLongerThan(JsonNode texts, int limit) {
        for (JsonNode text : texts) {
            if (text.path("text").asText("").length() > limit) {
                return true;
            }
        }
        return false;
    }
}
