package org.themebot.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.App;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.themebot.sandbox.AppEndpoint;
import org.themebot.sandbox.SlackRequests;
import org.themebot.sandbox.Signer;

/**
 * Sends requests to the bot the way Slack does: built by the engine's {@link SlackRequests} (with
 * its trigger ids and response URLs), signed v0 with Bolt's own signature generator, and delivered
 * either over HTTP to /slack/events (whole-app tests) or straight into a Bolt {@link App} with
 * {@code app.run} (listener tests, {@link #inProcess}).
 */
public final class SignedClient {

    /** A bare answer: HTTP status, body, and how long the bot took. */
    public record Raw(int status, String body, long elapsedMs) {

        public JsonNode json() {
            return CommandResult.parseAck(body);
        }
    }

    /** How a signed request reaches the bot. */
    @FunctionalInterface
    interface Delivery {
        Raw post(String body, Map<String, String> headers);
    }

    private final Delivery delivery;
    private final AppEndpoint http;
    private final Signer signer;
    private final FakeSlack fake;
    private final LongSupplier signingTime;

    /** A client that signs requests at wall-clock time. */
    public SignedClient(URI base, String signingSecret, FakeSlack fake) {
        this(base, signingSecret, fake, SignedClient::wallSeconds);
    }

    /** A client that signs requests at the time signingTime gives (epoch seconds). */
    public SignedClient(URI base, String signingSecret, FakeSlack fake, LongSupplier signingTime) {
        this(new AppEndpoint(base, Duration.ofSeconds(15)), null, signingSecret, fake, signingTime);
    }

    private SignedClient(AppEndpoint http, Delivery delivery, String signingSecret, FakeSlack fake,
                         LongSupplier signingTime) {
        this.http = http;
        this.delivery = delivery != null ? delivery
                : (body, headers) -> raw(http.post(body, headers));
        this.signer = new Signer(signingSecret);
        this.fake = fake;
        this.signingTime = signingTime;
    }

    /**
     * A client for a listener test: requests go into this Bolt app in-process (parsed by Bolt's
     * SlackRequestParser, run with app.run), while the app's Web API calls go to the fake over HTTP.
     */
    public static SignedClient inProcess(App app, String signingSecret, FakeSlack fake) {
        return new SignedClient(null, new InProcessBolt(app)::post, signingSecret, fake, SignedClient::wallSeconds);
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
        return fake.engine().requests().command(userId, channelId, command, text);
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
        return interaction(blockActionPayload(userId, channelId, actionId, value, blockId, message), userId, channelId);
    }

    /** The payload {@link #blockAction} sends, for a test to take apart before {@link #interaction sending} it. */
    public ObjectNode blockActionPayload(String userId, String channelId, String actionId, String value, String blockId,
                                         FakeSlack.Message message) {
        String messageTs = message != null ? message.ts() : now() + ".000100";
        return fake.engine().requests().blockAction(userId, channelId, messageTs, false,
                blockId == null ? "b1" : blockId, button(actionId, value), null,
                message == null ? null : message.json());
    }

    /** A button pressed in the user's App Home (container type view: no channel, no message, no response_url). */
    public CommandResult homeButton(String userId, String actionId, String value) {
        return interaction(homeButtonPayload(userId, actionId, value), userId, null);
    }

    /** The payload {@link #homeButton} sends. */
    public ObjectNode homeButtonPayload(String userId, String actionId, String value) {
        ObjectNode home = fake.engine().views().home(userId).orElseGet(() -> JsonNodeFactory.instance.objectNode()
                .put("id", "VHOME" + userId).put("type", "home"));
        return fake.engine().requests().blockActionInView(userId, home, "h1", button(actionId, value), null);
    }

    /** A modal submitted: values is state.values ({block_id: {action_id: {type, value}}}). */
    public CommandResult viewSubmission(String userId, JsonNode view, JsonNode values, String callbackId,
                                        String privateMetadata) {
        return interaction(viewSubmissionPayload(userId, view, values, callbackId, privateMetadata), userId, null);
    }

    /** The payload {@link #viewSubmission} sends. */
    public ObjectNode viewSubmissionPayload(String userId, JsonNode view, JsonNode values, String callbackId,
                                            String privateMetadata) {
        ObjectNode v = view == null ? JsonNodeFactory.instance.objectNode() : ((ObjectNode) view).deepCopy();
        if (!v.has("id")) {
            v.put("id", "V" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT));
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
        if (!v.has("hash")) {
            v.put("hash", now() + ".abcd1234");
        }
        ObjectNode state = values == null ? JsonNodeFactory.instance.objectNode() : (ObjectNode) values;
        return fake.engine().requests().viewSubmission(userId, v, state);
    }

    /** A message shortcut (type message_action) on a message in a channel. */
    public CommandResult messageShortcut(String userId, String channelId, String callbackId, String messageText) {
        return interaction(messageShortcutPayload(userId, channelId, callbackId, messageText), userId, channelId);
    }

    /** The payload {@link #messageShortcut} sends. */
    public ObjectNode messageShortcutPayload(String userId, String channelId, String callbackId, String messageText) {
        ObjectNode message = JsonNodeFactory.instance.objectNode().put("type", "message").put("user", userId)
                .put("text", messageText).put("ts", now() + ".000100");
        return fake.engine().requests().messageShortcut(userId, callbackId, channelId, message.path("ts").asText(), message);
    }

    /** A message shortcut on a message as Slack puts it in a payload (e.g. one carrying files). */
    public CommandResult messageShortcut(String userId, String channelId, String callbackId, ObjectNode message) {
        return interaction(fake.engine().requests().messageShortcut(userId, callbackId, channelId,
                message.path("ts").asText(), message), userId, channelId);
    }

    /** A global shortcut (type shortcut), as from the composer's shortcuts menu. */
    public CommandResult globalShortcut(String userId, String callbackId) {
        return interaction(fake.engine().requests().globalShortcut(userId, callbackId), userId, null);
    }

    /** An Events API event_callback (JSON body), with Slack's retry header when retryNum > 0. */
    public Raw event(ObjectNode event, String eventId, int retryNum) {
        return envelope(fake.engine().requests().event(event, eventId), retryNum);
    }

    /** Sends an Events API envelope as built (or as a test took it apart), retried when retryNum > 0. */
    public Raw envelope(ObjectNode envelope, int retryNum) {
        String json = envelope.toString();
        Map<String, String> headers = new LinkedHashMap<>(signer.headers(json, SlackRequests.JSON, now()));
        if (retryNum > 0) {
            headers.put("X-Slack-Retry-Num", Integer.toString(retryNum));
            headers.put("X-Slack-Retry-Reason", "http_timeout");
        }
        return raw(json, headers);
    }

    private static ObjectNode button(String actionId, String value) {
        ObjectNode button = JsonNodeFactory.instance.objectNode().put("type", "button").put("action_id", actionId);
        button.putObject("text").put("type", "plain_text").put("text", actionId).put("emoji", true);
        if (value != null) {
            button.put("value", value);
        }
        return button;
    }

    /** Sends an interaction payload (one of the engine's, or one a test took apart), signed now. */
    public CommandResult interaction(ObjectNode payload, String userId, String channelId) {
        Map<String, String> fields = Map.of("payload", payload.toString());
        String body = formBody(fields);
        long mark = fake.mark();
        Raw raw = raw(body, formHeaders(body, now()));
        return new CommandResult(raw.status(), CommandResult.parseAck(raw.body()), raw.body(), raw.elapsedMs(),
                payload.path("response_url").asText(null), mark, userId, channelId, fields);
    }

    // ---- raw requests

    /** The headers Slack sends with a form body signed at a given time (epoch seconds). */
    public Map<String, String> formHeaders(String body, long timestampSeconds) {
        return signer.headers(body, SlackRequests.FORM, timestampSeconds);
    }

    /** X-Slack-Request-Timestamp and X-Slack-Signature for a body, with any secret. */
    public static Map<String, String> sign(String body, long timestampSeconds, String secret) {
        return new Signer(secret).signature(body, timestampSeconds);
    }

    /** Delivers exactly this body with exactly these headers to the bot. */
    public Raw raw(String body, Map<String, String> headers) {
        return delivery.post(body, headers);
    }

    /** A GET on the bot's server (over HTTP only). */
    public Raw get(String path) {
        if (http == null) {
            throw new IllegalStateException("an in-process client has no HTTP server to ask");
        }
        return raw(http.get(path));
    }

    private static Raw raw(AppEndpoint.Answer answer) {
        return new Raw(answer.status(), answer.body(), answer.elapsedMs());
    }

    public static String formBody(Map<String, String> fields) {
        return SlackRequests.form(fields);
    }

    public static long wallSeconds() {
        return System.currentTimeMillis() / 1000;
    }
}
