package org.themebot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Slack's limits on messages and views, each at its edge: the last size allowed and the first refused. */
class BlockKitRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ObjectNode section(String text) {
        ObjectNode block = JSON.createObjectNode().put("type", "section");
        block.putObject("text").put("type", "mrkdwn").put("text", text);
        return block;
    }

    private static ObjectNode header(String text) {
        ObjectNode block = JSON.createObjectNode().put("type", "header");
        block.putObject("text").put("type", "plain_text").put("text", text);
        return block;
    }

    private static ObjectNode fields(int count, int length) {
        ObjectNode block = JSON.createObjectNode().put("type", "section");
        ArrayNode fields = block.putArray("fields");
        for (int i = 0; i < count; i++) {
            fields.addObject().put("type", "mrkdwn").put("text", "f".repeat(length));
        }
        return block;
    }

    private static ObjectNode message(JsonNode... blocks) {
        ObjectNode args = JSON.createObjectNode().put("text", "fallback");
        args.putArray("blocks").addAll(List.of(blocks));
        return args;
    }

    private static ObjectNode blocks(int count) {
        JsonNode[] many = Stream.generate(() -> section("x")).limit(count).toArray(JsonNode[]::new);
        return message(many);
    }

    private static ObjectNode view(int blocks, String title) {
        ObjectNode args = JSON.createObjectNode();
        ObjectNode view = args.putObject("view").put("type", "modal");
        view.putObject("title").put("type", "plain_text").put("text", title);
        view.set("blocks", blocks(blocks).get("blocks"));
        return args;
    }

    static Stream<Arguments> edges() {
        Function<JsonNode, ?> message = BlockKitRules::message;
        Function<JsonNode, ?> view = BlockKitRules::view;
        return Stream.of(
                Arguments.of("50 blocks in a message", message, blocks(50), blocks(51), "invalid_blocks"),
                Arguments.of("100 blocks in a view", view, view(100, "New action"), view(101, "New action"),
                        "invalid_blocks"),
                Arguments.of("3,000 characters in a section", message, message(section("s".repeat(3000))),
                        message(section("s".repeat(3001))), "invalid_blocks"),
                Arguments.of("150 characters in a header", message, message(header("h".repeat(150))),
                        message(header("h".repeat(151))), "invalid_blocks"),
                Arguments.of("2,000 characters in a field", message, message(fields(1, 2000)),
                        message(fields(1, 2001)), "invalid_blocks"),
                Arguments.of("10 fields in a section", message, message(fields(10, 5)), message(fields(11, 5)),
                        "invalid_blocks"),
                Arguments.of("40,000 characters of text", message, JSON.createObjectNode().put("text", "t".repeat(40_000)),
                        JSON.createObjectNode().put("text", "t".repeat(40_001)), "msg_too_long"),
                Arguments.of("24 characters in a modal's title", view, view(1, "t".repeat(24)), view(1, "t".repeat(25)),
                        "invalid_arguments"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edges")
    void theLimitIsAllowedAndOneMoreIsRefused(String limit, Function<JsonNode, ?> rule, JsonNode atTheLimit,
                                             JsonNode overIt, String error) {
        assertThat(rule.apply(atTheLimit)).isNotNull();
        assertThatThrownBy(() -> rule.apply(overIt)).isInstanceOf(WebApi.Refused.class).hasMessage(error);
    }

    @Test
    void aMessageSaysSomethingInBlocksThatAreAJsonArrayOfTypedBlocks() {
        assertThatThrownBy(() -> BlockKitRules.message(JSON.createObjectNode())).hasMessage("no_text");
        assertThatThrownBy(() -> BlockKitRules.message(JSON.createObjectNode().put("blocks", "[not json")))
                .hasMessage("invalid_blocks_format");
        assertThatThrownBy(() -> BlockKitRules.message(message(JSON.createObjectNode().put("text", "untyped"))))
                .hasMessage("invalid_blocks");
        assertThat(BlockKitRules.message(message(section("only blocks")).without("text"))).hasSize(1);
    }

    @Test
    void checkedBlocksGetTheIdsSlackFillsIn() {
        ObjectNode actions = JSON.createObjectNode().put("type", "actions");
        actions.putArray("elements").addObject().put("type", "button");

        JsonNode filled = BlockKitRules.message(message(section("x"), actions));

        assertThat(filled.findValues("block_id")).hasSize(2).allSatisfy(id -> assertThat(id.asText()).isNotBlank());
        assertThat(filled.get(1).path("elements").get(0).path("action_id").asText()).isNotBlank();
    }

    @Test
    void aViewNeedsATypeAndIsReturnedAsACheckedCopy() {
        assertThatThrownBy(() -> BlockKitRules.view(JSON.createObjectNode())).hasMessage("invalid_arguments");
        ObjectNode args = view(1, "New action");

        ObjectNode checked = BlockKitRules.view(args);

        assertThat(checked.path("blocks").get(0).has("block_id")).isTrue();
        assertThat(args.path("view").path("blocks").get(0).has("block_id")).as("the app's view left as sent").isFalse();
    }
}
