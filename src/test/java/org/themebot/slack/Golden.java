package org.themebot.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.DynamicTest;
import org.themebot.sandbox.SlackLimits;

/**
 * Golden files for Block Kit: a rendered message or view is compared, as JSON and structurally
 * (Jackson's {@link JsonNode} equality: key order and spacing do not matter), with the expected
 * file {@code src/test/resources/golden/<name>.json}, after passing Slack's limits (the engine's
 * rules), so a golden Slack would refuse cannot be checked in.
 *
 * <p>On a mismatch the actual JSON is written to {@code target/golden/<name>.json} and the test
 * says which file to update. After a renderer changes on purpose, run the tests with
 * {@code -Dgolden.update=true} to rewrite the expected files, and read the diff before committing.
 */
public final class Golden {

    static final Path EXPECTED = Path.of("src/test/resources/golden");
    static final Path ACTUAL = Path.of("target/golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Golden() {
    }

    /** A test of one message against its golden file, for a {@code @TestFactory}. */
    public static DynamicTest message(String name, Supplier<SlackMessage> render) {
        return DynamicTest.dynamicTest(name, () -> assertMessage(name, render.get()));
    }

    /** A test of one view against its golden file, for a {@code @TestFactory}. */
    public static DynamicTest view(String name, Supplier<View> render) {
        return DynamicTest.dynamicTest(name, () -> assertView(name, render.get()));
    }

    /** A message (its fallback text and blocks), as chat.postMessage or an ack sends it. */
    public static void assertMessage(String name, SlackMessage message) {
        ObjectNode json = JSON.createObjectNode().put("text", message.text());
        json.set("blocks", parse(message.blocksJson()));
        SlackLimits.checkMessage(json);
        assertMatches(name, json);
    }

    /** A command's acknowledgement ({@code response_type}, text, blocks) as the endpoint answered it. */
    public static void assertAck(String name, JsonNode ack) {
        SlackLimits.checkMessage(ack);
        assertMatches(name, ack);
    }

    /** A modal or a Home tab, as views.open or views.publish sends it. */
    public static void assertView(String name, View view) {
        JsonNode json = parse(SlackMessage.GSON.toJson(view));
        SlackLimits.checkView(json);
        assertMatches(name, json);
    }

    private static void assertMatches(String name, JsonNode actual) {
        Path expectedFile = EXPECTED.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            write(expectedFile, actual);
            return;
        }
        JsonNode expected = Files.exists(expectedFile) ? read(expectedFile) : null;
        if (!actual.equals(expected)) {
            Path actualFile = ACTUAL.resolve(name + ".json");
            write(actualFile, actual);
            throw new AssertionError((expected == null ? "No golden file " + expectedFile
                    : "The rendered JSON differs from " + expectedFile) + ".\nIt is in " + actualFile.toAbsolutePath()
                    + ": compare the two, and if the new one is right, copy it over (or run the tests with "
                    + "-Dgolden.update=true).\n" + pretty(actual));
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the SDK wrote JSON Jackson cannot read", e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, JsonNode json) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, pretty(json) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String pretty(JsonNode json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
