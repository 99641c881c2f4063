package org.themebot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the sandbox page does, over HTTP: reads the state a person sees, types, presses buttons,
 * submits and closes modals, opens the Home tab, loads the demo, downloads files.
 */
public final class PageClient {

    public static final String DEBBIE = "U01DEBBIE";
    public static final String SUE = "U02SUE";
    public static final String BALBIR = "U03BALBIR";
    public static final String THEME_GROUP = "C01EQUALITIES";
    public static final String GENERAL = "C02GENERAL";

    /** An HTTP answer: its status, and its body as JSON (missing when it is not JSON). */
    public record Answer(int status, JsonNode json) {
    }

    /** One post as the page gets it. */
    public record Post(String ts, String author, String text, JsonNode blocks, JsonNode files, boolean onlyYou) {

        /** Its text and the texts of its blocks, as they arrive (mrkdwn, still escaped). */
        public String readable() {
            List<String> texts = new ArrayList<>(List.of(text));
            blocks.findValues("text").forEach(t -> texts.add(t.isTextual() ? t.asText() : t.path("text").asText()));
            return String.join("\n", texts);
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    public PageClient(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public HttpResponse<byte[]> get(String path) {
        return exchange(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** POSTs JSON to a sandbox endpoint, as the page does. */
    public Answer post(String path, ObjectNode body) {
        return post(path, "application/json", body.toString(), Map.of());
    }

    public Answer post(String path, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<byte[]> response = exchange(request.build());
        return new Answer(response.statusCode(), json(response.body()));
    }

    public Answer demo() {
        return post("/sandbox/demo", mapper.createObjectNode());
    }

    public Answer type(String user, String channel, String text) {
        return post("/sandbox/messages", mapper.createObjectNode().put("user", user).put("channel", channel)
                .put("text", text));
    }

    public Answer press(String user, String channel, Post post, String actionId) {
        JsonNode block = blockWith(post.blocks(), actionId);
        return post("/sandbox/actions", mapper.createObjectNode().put("user", user).put("channel", channel)
                .put("ts", post.ts()).put("blockId", block.path("block_id").asText()).put("actionId", actionId));
    }

    /** Submits the person's open modal with what its inputs say: {block_id: {action_id: value}}. */
    public Answer submit(String user, ObjectNode values) {
        ObjectNode body = mapper.createObjectNode().put("user", user);
        body.set("values", values);
        return post("/sandbox/submissions", body);
    }

    public Answer closeModal(String user) {
        return post("/sandbox/closed", mapper.createObjectNode().put("user", user));
    }

    public Answer openHome(String user) {
        return post("/sandbox/home", mapper.createObjectNode().put("user", user));
    }

    /** Presses a button of a modal or Home tab. */
    public Answer pressInView(String user, JsonNode view, String actionId) {
        return post("/sandbox/actions", mapper.createObjectNode().put("user", user).put("view", view.path("id").asText())
                .put("blockId", blockWith(view.path("blocks"), actionId).path("block_id").asText()).put("actionId", actionId));
    }

    public JsonNode state(String user) {
        return json(get("/sandbox/state?user=" + user).body());
    }

    /** The posts a person sees in a conversation, oldest first. */
    public List<Post> posts(String user, String conversation) {
        List<Post> posts = new ArrayList<>();
        for (JsonNode c : state(user).path("conversations")) {
            if (c.path("id").asText().equals(conversation)) {
                c.path("posts").forEach(p -> posts.add(new Post(p.path("ts").asText(), p.path("author").asText(),
                        p.path("text").asText(), p.path("blocks"), p.path("files"), p.path("onlyYou").asBoolean())));
            }
        }
        return posts;
    }

    /** Waits (up to FakeSlack.PATIENCE) for a post the person sees there; empty if none comes. */
    public Optional<Post> awaitPost(String user, String conversation, Predicate<Post> wanted) {
        return Optional.ofNullable(FakeSlack.waitFor(
                () -> posts(user, conversation).stream().filter(wanted).findFirst().orElse(null), FakeSlack.PATIENCE));
    }

    private static JsonNode blockWith(JsonNode blocks, String actionId) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return block;
                }
            }
        }
        throw new AssertionError("no button " + actionId + " in " + blocks);
    }

    private JsonNode json(byte[] body) {
        try {
            JsonNode json = mapper.readTree(body);
            return json == null ? mapper.missingNode() : json;
        } catch (IOException e) {
            return mapper.missingNode();
        }
    }

    private HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
