package org.themebot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.themebot.sandbox.Directory;
import org.themebot.sandbox.Faults.Fault;
import org.themebot.sandbox.ResponseUrls;
import org.themebot.sandbox.SlackCall;
import org.themebot.sandbox.SlackEngine;
import org.themebot.sandbox.Timeline;
import org.themebot.sandbox.Workspace;

/**
 * Slack, as far as themebot can tell: the sandbox's {@link SlackEngine} (the same Web API, rules
 * and state the sandbox page runs on) on a Javalin server of its own on 127.0.0.1 and a free port,
 * with a call log a test can read and faults it can inject. This class only adapts the engine to
 * what tests ask: who is in the workspace, what the bot posted since a mark, how to make Slack
 * slow or failing, and how to wait for the bot without bare sleeps.
 */
public final class FakeSlack implements AutoCloseable {

    public static final String TEAM_ID = "T0THEME";
    public static final String TEAM_DOMAIN = "themegroup";
    public static final String BOT_TOKEN = "xoxb-test";
    public static final String BOT_USER_ID = Directory.Bot.THEMEBOT.userId();
    public static final String BOT_ID = Directory.Bot.THEMEBOT.botId();
    public static final String APP_ID = Directory.Bot.THEMEBOT.appId();

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(20);
    /** How long a test waits for the bot by default. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * A message the bot posted with chat.postMessage (its content after any chat.update); json is
     * the message as Slack puts it in a payload.
     */
    public record Message(long seq, Instant at, String channel, String ts, String text, JsonNode blocks,
                          String threadTs, String dmUser, int updates, ObjectNode json) {

        /** What a person reads in it: the text and every text in its blocks. */
        public String readable() {
            return ReadableText.of(json());
        }

        /** The value of its (first) button with this action id, as a press would send it. */
        public Optional<String> buttonValue(String actionId) {
            return json().findParents("action_id").stream()
                    .filter(element -> actionId.equals(element.path("action_id").asText()))
                    .map(element -> element.path("value").asText()).findFirst();
        }
    }

    /** A chat.postEphemeral the bot sent. */
    public record Ephemeral(long seq, Instant at, String channel, String user, String ts, String text,
                            JsonNode blocks) {

        public String readable() {
            ObjectNode json = JsonNodeFactory.instance.objectNode().put("text", text);
            json.set("blocks", blocks);
            return ReadableText.of(json);
        }
    }

    /** A POST to a response_url. */
    public record ResponsePost(long seq, Instant at, String token, JsonNode body) {

        public String readable() {
            return ReadableText.of(body);
        }

        /** Slack's default for a response_url post is ephemeral. */
        public boolean ephemeral() {
            return !"in_channel".equals(body.path("response_type").asText("ephemeral"));
        }
    }

    /** A file the bot uploaded and completed (channel: where it was shared, if anywhere). */
    public record UploadedFile(String id, String name, String title, String channel, byte[] bytes) {
    }

    private final List<SlackCall> log = new ArrayList<>();
    private final SlackEngine engine;
    private Javalin server;

    private FakeSlack() {
        Directory directory = new Directory(new Directory.Team(TEAM_ID, TEAM_DOMAIN, "Theme Group"),
                Directory.Bot.THEMEBOT);
        // Slack's clock, not the bot's: requests are signed at real time, as the bot checks them
        // (RequestSignature), and message ts are Slack's own; the bot's "now" is its injected clock.
        engine = new SlackEngine(directory, BOT_TOKEN, Clock.systemUTC(), this::record);
    }

    /** A fake on 127.0.0.1 and a free port, answering from now on. */
    public static FakeSlack start() {
        FakeSlack fake = new FakeSlack();
        fake.server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            fake.engine.addRoutes(cfg);
        }).start("127.0.0.1", 0);
        fake.engine.listensAt(fake.baseUrl());
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
        return engine.apiUrl();
    }

    public String teamId() {
        return TEAM_ID;
    }

    public String teamDomain() {
        return TEAM_DOMAIN;
    }

    /** The engine itself: its request builder, triggers and state, for the test clients. */
    public SlackEngine engine() {
        return engine;
    }

    // ---- directory

    /** A workspace member: users.info answers with this real name (also as profile.real_name). */
    public FakeSlack addUser(String userId, String realName) {
        engine.directory().add(Workspace.Person.named(userId, realName));
        return this;
    }

    /** A channel the bot is in; chat.postMessage to an unknown channel id fails with channel_not_found. */
    public FakeSlack addChannel(String channelId, String name) {
        engine.directory().add(new Workspace.Channel(channelId, name, null, true));
        return this;
    }

    /** A channel the bot is not in: chat.postMessage there fails with not_in_channel. */
    public FakeSlack addChannelWithoutBot(String channelId, String name) {
        engine.directory().add(new Workspace.Channel(channelId, name, null, false));
        return this;
    }

    /** A user's handle, as Slack sends it in user_name. */
    public String handle(String userId) {
        return engine.directory().handle(userId);
    }

    public String channelName(String channelId) {
        return engine.directory().channelName(channelId);
    }

    /** The id of the bot's DM channel with a user. */
    public String dmChannel(String userId) {
        return Directory.directMessages(userId).id();
    }

    /**
     * A person shares a file in a channel, with a message, as Slack's upload dialog does; returns the
     * message as Slack puts it in a payload (its "files" carry each file's url_private).
     */
    public ObjectNode shareFile(String userId, String channelId, String text, String fileName, byte[] bytes) {
        return engine.shareFile(userId, channelId, text, fileName, bytes).json(engine.directory().bot());
    }

    // ---- faults and answers

    /** The next call of a method is rate-limited: HTTP 429, Retry-After: 1, ok:false. */
    public void failNext(String method) {
        failNext(method, 1, 429, 1);
    }

    /** The next n calls of a method get HTTP status (429 with Retry-After, else fatal_error) and ok:false. */
    public void failNext(String method, int n, int status, int retryAfterSeconds) {
        engine.faults().inject(method, n, status == 429 ? Fault.rateLimited(retryAfterSeconds)
                : Fault.serverError(status));
    }

    /** The next n calls of a method answer ok:false with this error (channel_not_found, not_in_channel, …). */
    public void failNext(String method, int n, String error) {
        engine.faults().inject(method, n, Fault.error(error));
    }

    /** The next n calls of a method are answered properly, after a delay. */
    public void slowNext(String method, int n, Duration delay) {
        engine.faults().inject(method, n, Fault.slow(delay));
    }

    /** The next n calls of the method are done at once but answered only after the delay. */
    public void answerLate(String method, int n, Duration delay) {
        engine.faults().inject(method, n, Fault.lateAnswer(delay));
    }

    /** Slack answers normally again. */
    public void clearFaults() {
        engine.faults().clear();
    }

    /** From now on a method answers this (say, oauth.v2.access with another team's token). */
    public void answerWith(String method, ObjectNode answer) {
        engine.answerWith(method, answer);
    }

    // ---- what the bot did

    /** A point in the sequence of requests and posts: pass it as since= to see only what came after. */
    public long mark() {
        return engine.mark();
    }

    /** Every request for a method (null: all), faulted ones included, in order. */
    public List<SlackCall> requests(String method) {
        return logged(c -> method == null || method.equals(c.method()));
    }

    /** Calls of a method that reached Slack (HTTP 200, not fault-injected), whatever Slack answered. */
    public List<SlackCall> calls(String method) {
        return calls(method, 0);
    }

    public List<SlackCall> calls(String method, long since) {
        return logged(c -> method.equals(c.method()) && c.seq() > since && c.status() == 200 && !c.faulted());
    }

    /** Messages the bot posted with chat.postMessage to a channel id (null: all), as they now read. */
    public List<Message> messages(String channel) {
        return messages(channel, 0);
    }

    public List<Message> messages(String channel, long since) {
        return posts(p -> p.onlyFor() == null && (channel == null || channel.equals(p.channel())) && p.seq() > since)
                .map(p -> new Message(p.seq(), p.at(), p.channel(), p.ts(), p.text(), p.blocks(),
                        p.content().threadTs(),
                        engine.directory().channel(p.channel()).map(Workspace.Channel::dmWith).orElse(null),
                        p.updates(), p.json(engine.directory().bot())))
                .toList();
    }

    /** The bot's direct messages to a user. */
    public List<Message> directMessages(String userId) {
        return messages(dmChannel(userId));
    }

    /** The bot's chat.postEphemeral messages to a user (null: anyone) in a channel (null: anywhere). */
    public List<Ephemeral> ephemerals(String user, String channel, long since) {
        return posts(p -> p.onlyFor() != null && (user == null || user.equals(p.onlyFor()))
                && (channel == null || channel.equals(p.channel())) && p.seq() > since)
                .map(p -> new Ephemeral(p.seq(), p.at(), p.channel(), p.onlyFor(), p.ts(), p.text(), p.blocks()))
                .toList();
    }

    /** POSTs to one response_url (a full URL or its token). */
    public List<ResponsePost> responses(String tokenOrUrl) {
        String token = ResponseUrls.token(tokenOrUrl);
        return logged(c -> c.kind().equals("response") && ResponseUrls.token(c.path()).equals(token)).stream()
                .map(c -> new ResponsePost(c.seq(), c.at(), token, c.args())).toList();
    }

    /** Files whose upload was completed. */
    public List<UploadedFile> files() {
        return engine.timeline().files().stream().filter(Timeline.SharedFile::completed)
                .map(f -> new UploadedFile(f.id(), f.name(), f.title(), f.channel(), f.bytes())).toList();
    }

    /** Views opened, pushed, updated or published, latest content per view id, in the order first shown. */
    public List<JsonNode> views() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        logged(c -> c.method().startsWith("views.") && c.ok())
                .forEach(c -> byId.put(c.response().path("view").path("id").asText(), c.response().path("view")));
        return byId.values().stream().map(v -> (JsonNode) v.deepCopy()).toList();
    }

    private Stream<Timeline.Post> posts(Predicate<Timeline.Post> keep) {
        return engine.timeline().posts().stream().filter(p -> p.via() == Timeline.Via.WEB_API).filter(keep);
    }

    private void record(SlackCall call) {
        synchronized (log) {
            log.add(call);
        }
    }

    private List<SlackCall> logged(Predicate<SlackCall> keep) {
        synchronized (log) {
            return log.stream().filter(keep).sorted(Comparator.comparingLong(SlackCall::seq)).toList();
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
}
