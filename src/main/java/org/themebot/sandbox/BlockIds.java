package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slack gives every block a block_id and every interactive element an action_id when the app
 * leaves them out, and sends those back when someone presses or submits; so does the sandbox.
 */
final class BlockIds {

    private BlockIds() {
    }

    /** A copy of the blocks with the missing ids filled in. */
    static ArrayNode filled(JsonNode blocks) {
        ArrayNode copy = blocks.isArray() ? ((ArrayNode) blocks).deepCopy() : JsonNodeFactory.instance.arrayNode();
        for (JsonNode node : copy) {
            if (node instanceof ObjectNode block) {
                if (!block.hasNonNull("block_id")) {
                    block.put("block_id", Workspace.newId("b"));
                }
                elements(block).forEach(e -> {
                    if (!e.hasNonNull("action_id")) {
                        e.put("action_id", Workspace.newId("a"));
                    }
                });
            }
        }
        return copy;
    }

    /** The interactive elements of a block: an actions block's elements, an accessory, an input's element. */
    static Stream<ObjectNode> elements(JsonNode block) {
        Stream<JsonNode> candidates = Stream.concat(
                "actions".equals(block.path("type").asText()) ? Stream.of(block.path("elements")).flatMap(BlockIds::each)
                        : Stream.empty(),
                Stream.of(block.path("accessory"), block.path("element")));
        return candidates.filter(ObjectNode.class::isInstance).map(ObjectNode.class::cast);
    }

    /** The element with this block and action id in a list of blocks. */
    static Optional<ObjectNode> find(JsonNode blocks, String blockId, String actionId) {
        return each(blocks).filter(b -> blockId.equals(b.path("block_id").asText()))
                .flatMap(BlockIds::elements)
                .filter(e -> actionId.equals(e.path("action_id").asText()))
                .findFirst();
    }

    private static Stream<JsonNode> each(JsonNode array) {
        Stream.Builder<JsonNode> items = Stream.builder();
        array.forEach(items::add);
        return items.build();
    }
}
