package org.themebot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * Sends requests to the bot the way Slack does: form-encoded bodies on /slack/events, signed v0
 * (HMAC-SHA256 over "v0:{timestamp}:{body}") with Bolt's own SignatureGenerator.
 */
public final class SignedClient {

    /** A bare HTTP answer. */
    public record Raw(int status, String body, long elapsedMs) {

        public JsonNode json() {
            return CommandResult.parseAck(body);
        }
    }

    private static final String EVENTS = "/slack/events";

    private final URI base;
    private final String signingSecret;
    private final FakeSlack fake;
    private final LongSupplier signingTime;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** A client that signs requests at wall-clock time. */
    public SignedClient(URI base, String signingSecret, FakeSlack fake) {
        this(base, signingSecret, fake, SignedClient::wallSeconds);
    }

    /** A client that signs requests at the time signingTime gives (epoch seconds). */
    public SignedClient(URI base, String signingSecret, FakeSlack fake, LongSupplier signingTime) {
        this.base = base;
        this.signingSecret = signingSecret;
        this.fake = fake;
        this.signingTime = signingTime;
    }

    /** The timestamp this client signs with now (epoch seconds). */
    public long now() {
        return signingTime.getAsLong();
    }

    // ---- slash commands

    /** Sends a slash command; text is as Slack delivers it (mentions as {@code <@U…|name>}, &amp; escaped). */
    public CommandResult command(String userId, String channelId, String command, String text) {
        return send(commandFields(userId, channelId, command, text));
    }

    /** The form fields of a slash command, in Slack's order, with a fresh response_url and trigger_id. */
    public Map<String, String> commandFields(String userId, String channelId, String command, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "legacy-verification-token");
        fields.put("team_id", FakeSlack.TEAM_ID);
        fields.put("team_domain", FakeSlack.TEAM_DOMAIN);
        fields.put("channel_id", channelId);
        fields.put("channel_name", fake.channelName(channelId));
        fields.put("user_id", userId);
        fields.put("user_name", fake.handle(userId));
        fields.put("command", command);
        fields.put("text", text);
        fields.put("api_app_id", FakeSlack.APP_ID);
        fields.put("is_enterprise_install", "false");
        fields.put("response_url", fake.newResponseUrl());
        fields.put("trigger_id", triggerId());
        return fields;
    }

    /** Sends these slash-command fields, signed now (a retry sends the same fields again). */
    public CommandResult send(Map<String, String> fields) {
        return send(fields, Map.of());
    }

    /** Sends these fields, signed now, with extra headers (e.g. X-Slack-Retry-Num). */
    public CommandResult send(Map<String, String> fields, Map<String, String> extraHeaders) {
        String body = formBody(fields);
        Map<String, String> headers = new LinkedHashMap<>(formHeaders(body, now()));
        headers.putAll(extraHeaders);
        long mark = fake.mark();
        Raw raw = raw(body, headers);
        return new CommandResult(raw.status(), CommandResult.parseAck(raw.body()), raw.body(), raw.elapsedMs(),
                fields.get("response_url"), mark, fields.get("user_id"), fields.get("channel_id"), Map.copyOf(fields));
    }

    // ---- interactivity (payload=JSON)

    /** A button press (block_actions) on a message; message may be null, value may be null. */
    public CommandResult blockAction(String userId, String channelId, String actionId, String value, String blockId,
                                     FakeSlack.Message message) {
        String responseUrl = fake.newResponseUrl();
        ObjectNode action = JsonNodeFactory.instance.objectNode().put("action_id", actionId)
                .put("block_id", blockId == null ? "b1" : blockId).put("type", "button")
                .put("action_ts", String.format(java.util.Locale.ROOT, "%.6f", System.currentTimeMillis() / 1000.0));
        action.putObject("text").put("type", "plain_text").put("text", actionId).put("emoji", true);
        if (value != null) {
            action.put("value", value);
        }
        ObjectNode payload = basePayload("block_actions", userId);
        payload.putObject("state").putObject("values");
        payload.putArray("actions").add(action);
        String messageTs = message != null ? message.ts() : now() + ".000100";
        payload.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", channelId).put("is_ephemeral", false);
        payload.putObject("channel").put("id", channelId).put("name", fake.channelName(channelId));
        payload.put("response_url", responseUrl);
        if (message != null) {
            ObjectNode m = payload.putObject("message").put("type", "message").put("user", FakeSlack.BOT_USER_ID)
                    .put("ts", message.ts()).put("text", message.text()).put("bot_id", FakeSlack.BOT_ID);
            m.set("blocks", message.blocks());
        }
        return interaction(payload, userId, channelId, responseUrl);
    }

    /** A button pressed in the user's App Home (container type view: no channel, no message). */
    public CommandResult homeButton(String userId, String actionId, String value) {
        String responseUrl = fake.newResponseUrl();
        ObjectNode action = JsonNodeFactory.instance.objectNode().put("action_id", actionId).put("block_id", "h1")
                .put("type", "button").put("value", value).put("action_ts", now() + ".000300");
        action.putObject("text").put("type", "plain_text").put("text", actionId);
        ObjectNode payload = basePayload("block_actions", userId);
        payload.putArray("actions").add(action);
        payload.putObject("container").put("type", "view").put("view_id", "VHOME" + userId);
        payload.putObject("view").put("id", "VHOME" + userId).put("type", "home");
        payload.put("response_url", responseUrl);
        return interaction(payload, userId, null, responseUrl);
    }

    /** A modal submitted: values is state.values ({block_id: {action_id: {type, value}}}). */
    public CommandResult viewSubmission(String userId, JsonNode view, JsonNode values, String callbackId,
                                        String privateMetadata) {
        ObjectNode v = view == null ? JsonNodeFactory.instance.objectNode() : ((ObjectNode) view).deepCopy();
        if (!v.has("id")) {
            v.put("id", "V" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase());
        }
        if (!v.has("type")) {
            v.put("type", "modal");
        }
        v.put("team_id", FakeSlack.TEAM_ID);
        if (callbackId != null) {
            v.put("callback_id", callbackId);
        }
        if (privateMetadata != null) {
            v.put("private_metadata", privateMetadata);
        }
        v.putObject("state").set("values", values == null ? JsonNodeFactory.instance.objectNode() : values);
        if (!v.has("hash")) {
            v.put("hash", now() + ".abcd1234");
        }
        ObjectNode payload = basePayload("view_submission", userId);
        payload.set("view", v);
        payload.putArray("response_urls");
        return interaction(payload, userId, null, null);
    }

    /** A message shortcut (type message_action) on a message in a channel. */
    public CommandResult messageShortcut(String userId, String channelId, String callbackId, String messageText) {
        String responseUrl = fake.newResponseUrl();
        ObjectNode payload = basePayload("message_action", userId);
        payload.put("callback_id", callbackId).put("action_ts", now() + ".000200").put("message_ts", now() + ".000100")
                .put("response_url", responseUrl);
        payload.putObject("channel").put("id", channelId).put("name", fake.channelName(channelId));
        payload.putObject("message").put("type", "message").put("user", userId).put("text", messageText)
                .put("ts", now() + ".000100");
        return interaction(payload, userId, channelId, responseUrl);
    }

    /** An Events API event_callback (JSON body), with Slack's retry header when retryNum > 0. */
    public Raw event(ObjectNode event, String eventId, int retryNum) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("token", "legacy-verification-token")
                .put("team_id", FakeSlack.TEAM_ID).put("api_app_id", FakeSlack.APP_ID).put("type", "event_callback")
                .put("event_id", eventId).put("event_time", now());
        body.set("event", event);
        String json = body.toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.putAll(sign(json, now(), signingSecret));
        if (retryNum > 0) {
            headers.put("X-Slack-Retry-Num", Integer.toString(retryNum));
            headers.put("X-Slack-Retry-Reason", "http_timeout");
        }
        return raw(json, headers);
    }

    private ObjectNode basePayload(String type, String userId) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode().put("type", type);
        payload.putObject("user").put("id", userId).put("username", fake.handle(userId))
                .put("name", fake.handle(userId)).put("team_id", FakeSlack.TEAM_ID);
        payload.put("api_app_id", FakeSlack.APP_ID).put("token", "legacy-verification-token")
                .put("trigger_id", triggerId()).put("is_enterprise_install", false);
        payload.putObject("team").put("id", FakeSlack.TEAM_ID).put("domain", FakeSlack.TEAM_DOMAIN);
        payload.putNull("enterprise");
        return payload;
    }

    private CommandResult interaction(ObjectNode payload, String userId, String channelId, String responseUrl) {
        Map<String, String> fields = Map.of("payload", payload.toString());
        String body = formBody(fields);
        long mark = fake.mark();
        Raw raw = raw(body, formHeaders(body, now()));
        return new CommandResult(raw.status(), CommandResult.parseAck(raw.body()), raw.body(), raw.elapsedMs(),
                responseUrl, mark, userId, channelId, fields);
    }

    // ---- raw HTTP

    /** The headers Slack sends with a form body signed at a given time (epoch seconds). */
    public Map<String, String> formHeaders(String body, long timestampSeconds) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)");
        headers.putAll(sign(body, timestampSeconds, signingSecret));
        return headers;
    }

    /** X-Slack-Request-Timestamp and X-Slack-Signature for a body, with any secret. */
    public static Map<String, String> sign(String body, long timestampSeconds, String secret) {
        String ts = String.valueOf(timestampSeconds);
        return Map.of(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts,
                SlackSignature.HeaderNames.X_SLACK_SIGNATURE, new SlackSignature.Generator(secret).generate(ts, body));
    }

    /** POSTs exactly this body with exactly these headers to /slack/events. */
    public Raw raw(String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(EVENTS))
                .timeout(Duration.ofSeconds(15))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return exchange(request.build());
    }

    public Raw get(String path) {
        return exchange(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15)).GET().build());
    }

    private Raw exchange(HttpRequest request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Raw(response.statusCode(), response.body(), (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static long wallSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    private static String triggerId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return wallSeconds() + "." + random.nextLong(1_000_000_000_000L) + "."
                + UUID.randomUUID().toString().replace("-", "");
    }
}
