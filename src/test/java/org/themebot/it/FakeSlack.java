package org.themebot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Slack, as far as themebot can tell: the Web API under {@code /api/<method>}, file upload URLs
 * ({@code /upload/<id>}) and slash-command response URLs ({@code /response/<token>}), on a
 * Javalin server on 127.0.0.1 and a free port. Every request is recorded, in order, with its
 * time; faults (a 429 with Retry-After) can be injected per method. The Java twin of
 * shared/acceptance/slackfake.py.
 */
public final class FakeSlack implements AutoCloseable {

    public static final String TEAM_ID = "T0THEME";
    public static final String TEAM_DOMAIN = "themegroup";
    public static final String BOT_TOKEN = "xoxb-test";
    public static final String BOT_USER_ID = "U0THEMEBOT";
    public static final String BOT_ID = "B0THEMEBOT";
    public static final String APP_ID = "A0THEMEBOT";

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(20);
    /** How long a test waits for the bot by default. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    /** One request the fake received: an API call, a response_url post or an upload. */
    public record Call(long seq, Instant at, String kind, String method, String path, ObjectNode args,
                       Map<String, String> headers, String token, int status, boolean faulted, JsonNode response) {

        /** An argument as text (null when absent). */
        public String arg(String name) {
            JsonNode value = args.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            return value.isTextual() ? value.asText() : value.toString();
        }

        /** True when Slack answered ok:true. */
        public boolean ok() {
            return response != null && response.path("ok").asBoolean(false);
        }
    }

    /** A message the bot posted with chat.postMessage (its content after any chat.update). */
    public record Message(long seq, Instant at, String channel, String ts, String text, JsonNode blocks,
                          JsonNode attachments, String threadTs, String dmUser, int updates, ObjectNode args) {

        public ObjectNode json() {
            ObjectNode json = JsonNodeFactory.instance.objectNode().put("type", "message").put("text", text)
                    .put("user", BOT_USER_ID).put("bot_id", BOT_ID).put("ts", ts).put("channel", channel);
            json.set("blocks", blocks);
            json.set("attachments", attachments);
            return json;
        }

        /** What a person reads in it: the text and every text in its blocks. */
        public String readable() {
            return ReadableText.of(json());
        }
    }

    /** A chat.postEphemeral the bot sent. */
    public record Ephemeral(long seq, Instant at, String channel, String user, String ts, String text,
                            JsonNode blocks, ObjectNode args) {

        public String readable() {
            ObjectNode json = JsonNodeFactory.instance.objectNode().put("text", text);
            json.set("blocks", blocks);
            return ReadableText.of(json);
        }
    }

    /** A POST to a slash command's response_url. */
    public record ResponsePost(long seq, Instant at, String token, JsonNode body) {

        public String readable() {
            return ReadableText.of(body);
        }

        /** Slack's default for a response_url post is ephemeral. */
        public boolean ephemeral() {
            return !"in_channel".equals(body.path("response_type").asText("ephemeral"));
        }
    }

    /** A file the bot uploaded: asked for a URL, sent the bytes, completed (with the channel). */
    public record UploadedFile(String id, String name, String title, String channel, byte[] bytes, boolean uploaded,
                               boolean complete, String initialComment, long seq, Instant at) {
    }

    private record Fault(int status, int retryAfterSeconds, String error) {
    }

    private final Object lock = new Object();
    private final FakeWebApi api = new FakeWebApi(this);
    private final List<Call> requests = new ArrayList<>();
    private final List<ResponsePost> responsePosts = new ArrayList<>();
    private final Map<String, Deque<Fault>> faults = new HashMap<>();
    private long seq;
    private Javalin server;

    private FakeSlack() {
    }

    /** A fake on 127.0.0.1 and a free port, answering from now on. */
    public static FakeSlack start() {
        FakeSlack fake = new FakeSlack();
        fake.server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/api/{method}", fake::api);
            cfg.routes.get("/api/{method}", fake::api);
            cfg.routes.post("/upload/{id}", fake::upload);
            cfg.routes.post("/response/{token}", fake::response);
        }).start("127.0.0.1", 0);
        return fake;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** What SLACK_API_URL should be: every Web API method is under it. */
    public String apiUrl() {
        return baseUrl() + "/api/";
    }

    public String teamId() {
        return TEAM_ID;
    }

    public String teamDomain() {
        return TEAM_DOMAIN;
    }

    // ---- directory

    /** A workspace member: users.info answers with this real name (also as profile.real_name). */
    public FakeSlack addUser(String userId, String realName) {
        synchronized (lock) {
            api.addUser(userId, realName);
        }
        return this;
    }

    /** A channel the bot is in; chat.postMessage to any other channel id fails with channel_not_found. */
    public FakeSlack addChannel(String channelId, String name) {
        synchronized (lock) {
            api.addChannel(channelId, name);
        }
        return this;
    }

    /** A user's handle, as Slack sends it in user_name. */
    public String handle(String userId) {
        synchronized (lock) {
            return api.handle(userId);
        }
    }

    public String channelName(String channelId) {
        synchronized (lock) {
            return api.channelName(channelId);
        }
    }

    /** The id of the bot's DM channel with a user. */
    public String dmChannel(String userId) {
        synchronized (lock) {
            return api.dmChannel(userId);
        }
    }

    /** A fresh response_url for one slash command or interaction. */
    public String newResponseUrl() {
        return baseUrl() + "/response/" + TEAM_ID + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    // ---- fault injection

    /** The next call of a method is rate-limited: HTTP 429, Retry-After: 1, ok:false. */
    public void failNext(String method) {
        failNext(method, 1, 429, 1);
    }

    /** The next n calls of a method get HTTP status (with Retry-After for 429) and ok:false. */
    public void failNext(String method, int n, int status, int retryAfterSeconds) {
        String error = status == 429 ? "ratelimited" : "fatal_error";
        synchronized (lock) {
            Deque<Fault> queue = faults.computeIfAbsent(method, m -> new ArrayDeque<>());
            for (int i = 0; i < n; i++) {
                queue.add(new Fault(status, retryAfterSeconds, error));
            }
        }
    }

    /** Slack answers normally again. */
    public void clearFaults() {
        synchronized (lock) {
            faults.clear();
        }
    }

    // ---- what the bot did

    /** A point in the request sequence: pass it as since= to see only what came after. */
    public long mark() {
        synchronized (lock) {
            return seq;
        }
    }

    /** Every request for a method (null: all), faulted ones included. */
    public List<Call> requests(String method) {
        return select(requests, c -> method == null || method.equals(c.method()));
    }

    /** Calls of a method that reached Slack (HTTP 200, not fault-injected), whatever Slack answered. */
    public List<Call> calls(String method) {
        return calls(method, 0);
    }

    public List<Call> calls(String method, long since) {
        return select(requests, c -> method.equals(c.method()) && c.seq() > since && c.status() == 200 && !c.faulted());
    }

    /** Messages posted to a channel id (null: all), as they now read. */
    public List<Message> messages(String channel) {
        return messages(channel, 0);
    }

    public List<Message> messages(String channel, long since) {
        return select(api.messages, m -> (channel == null || channel.equals(m.channel())) && m.seq() > since);
    }

    /** The bot's direct messages to a user. */
    public List<Message> directMessages(String userId) {
        String dm = dmChannel(userId);
        return messages(dm);
    }

    public List<Ephemeral> ephemerals(String user, String channel, long since) {
        return select(api.ephemerals, e -> (user == null || user.equals(e.user()))
                && (channel == null || channel.equals(e.channel())) && e.seq() > since);
    }

    /** POSTs to one response_url (a full URL or its token). */
    public List<ResponsePost> responses(String tokenOrUrl) {
        int path = tokenOrUrl.lastIndexOf("/response/");
        String token = path < 0 ? tokenOrUrl : tokenOrUrl.substring(path + "/response/".length());
        return select(responsePosts, p -> p.token().equals(token));
    }

    /** Files whose upload was completed. */
    public List<UploadedFile> files() {
        synchronized (lock) {
            return api.files.values().stream().filter(UploadedFile::complete).toList();
        }
    }

    /** Views opened, pushed, updated or published, latest content per view id. */
    public List<JsonNode> views() {
        synchronized (lock) {
            return api.views.values().stream().map(v -> (JsonNode) v.deepCopy()).toList();
        }
    }

    private <T> List<T> select(List<T> from, Predicate<T> keep) {
        synchronized (lock) {
            return from.stream().filter(keep).toList();
        }
    }

    // ---- waiting without bare sleeps

    /**
     * Polls probe until it gives something present (non-null, not false, not empty) or the
     * timeout passes; returns that value, or the last one at the deadline for the caller to assert on.
     */
    public static <T> T waitFor(Supplier<T> probe, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (present(value) || System.nanoTime() - deadline >= 0) {
                return value;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }

    /** True if the condition stays true for the whole period (polled), false as soon as it fails. */
    public static boolean holdsFor(BooleanSupplier condition, Duration period) {
        long deadline = System.nanoTime() + period.toNanos();
        while (System.nanoTime() - deadline < 0) {
            if (!condition.getAsBoolean()) {
                return false;
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return condition.getAsBoolean();
    }

    private static boolean present(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (value instanceof CharSequence s) {
            return !s.isEmpty();
        }
        return !(value instanceof Optional<?> o) || o.isPresent();
    }

    // ---- request handling

    Instant now() {
        return Instant.now();
    }

    private void api(Context ctx) {
        String method = ctx.pathParam("method");
        Map<String, String> headers = SlackRequestBody.lowerCase(ctx.headerMap());
        ObjectNode args = SlackRequestBody.arguments(ctx, headers.getOrDefault("content-type", ""));
        String auth = headers.getOrDefault("authorization", "");
        String token = auth.toLowerCase(Locale.ROOT).startsWith("bearer ") ? auth.substring(7).strip()
                : args.path("token").asText(null);
        int status = 200;
        ObjectNode response;
        Fault fault;
        synchronized (lock) {
            long id = ++seq;
            Deque<Fault> queue = faults.get(method);
            fault = queue == null ? null : queue.poll();
            if (fault != null) {
                status = fault.status();
                response = FakeWebApi.error(fault.error());
            } else if (token == null || token.isEmpty()) {
                response = FakeWebApi.error("not_authed");
            } else if (!token.equals(BOT_TOKEN)) {
                response = FakeWebApi.error("invalid_auth");
            } else {
                response = api.call(method, args, id);
            }
            requests.add(new Call(id, now(), "api", method, ctx.path(), args, headers, token, status, fault != null,
                    response));
        }
        if (fault != null && fault.status() == 429) {
            ctx.header("Retry-After", String.valueOf(fault.retryAfterSeconds()));
        }
        json(ctx, status, response);
    }

    private void upload(Context ctx) {
        String fileId = ctx.pathParam("id");
        Map<String, String> headers = SlackRequestBody.lowerCase(ctx.headerMap());
        byte[] bytes = SlackRequestBody.fileBytes(headers.getOrDefault("content-type", ""), ctx.bodyAsBytes());
        boolean known;
        synchronized (lock) {
            long id = ++seq;
            known = api.upload(fileId, bytes);
            ObjectNode args = JsonNodeFactory.instance.objectNode().put("file_id", fileId).put("length", bytes.length);
            requests.add(new Call(id, now(), "upload", "upload", ctx.path(), args, headers, null, known ? 200 : 404,
                    false, null));
        }
        ctx.status(known ? 200 : 404).contentType("text/plain").result(known ? "OK - " + bytes.length : "file_not_found");
    }

    private void response(Context ctx) {
        String token = ctx.pathParam("token");
        Map<String, String> headers = SlackRequestBody.lowerCase(ctx.headerMap());
        ObjectNode body = SlackRequestBody.arguments(ctx, headers.getOrDefault("content-type", ""));
        synchronized (lock) {
            long id = ++seq;
            Instant at = now();
            requests.add(new Call(id, at, "response", "response_url", ctx.path(), body, headers, null, 200, false,
                    FakeWebApi.ok()));
            responsePosts.add(new ResponsePost(id, at, token, body));
        }
        json(ctx, 200, FakeWebApi.ok());
    }

    private static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.toString());
    }
}
