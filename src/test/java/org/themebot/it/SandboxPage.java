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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.themebot.Themebot;
import org.themebot.config.ThemebotConfig;

/**
 * themebot in sandbox mode (no Slack credentials) on port 0 with a temporary SQLite file, and the
 * calls its page makes: the state a person sees, typing, pressing buttons. One per test class:
 * {@code @RegisterExtension static final SandboxPage page = new SandboxPage();}
 */
public final class SandboxPage implements BeforeAllCallback, AfterAllCallback {

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

    private final boolean demo;
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Path folder;
    private Themebot app;
    private URI base;

    public SandboxPage() {
        this(false);
    }

    /** demo: as with THEMEBOT_DEMO=1, the demo group is typed in at start. */
    public SandboxPage(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("themebot-sandbox-");
        ThemebotConfig config = new ThemebotConfig(0,
                new ThemebotConfig.Database("jdbc:sqlite:" + folder.resolve("themebot.db"), Optional.empty(),
                        Optional.empty()),
                new ThemebotConfig.Slack(Optional.empty(), Optional.empty(), Optional.empty(), "https://slack.com/api/"),
                Duration.ofSeconds(1), java.time.ZoneId.of("Europe/London"), demo);
        app = Themebot.create(config, java.time.Clock.systemUTC()).start();
        base = URI.create("http://127.0.0.1:" + app.port());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (app != null) {
            app.close();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    public URI base() {
        return base;
    }

    public Themebot app() {
        return app;
    }

    // ---- what the page does

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
        JsonNode block = blockWith(post, actionId);
        return post("/sandbox/actions", mapper.createObjectNode().put("user", user).put("channel", channel)
                .put("ts", post.ts()).put("blockId", block.path("block_id").asText()).put("actionId", actionId));
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

    private static JsonNode blockWith(Post post, String actionId) {
        for (JsonNode block : post.blocks()) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return block;
                }
            }
        }
        throw new AssertionError("no button " + actionId + " in " + post.readable());
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
