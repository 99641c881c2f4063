package org.themebot.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plays Slack's side of the conversation with the bot: turns what someone did on the page into
 * the request Slack would send (a slash command form, a {@code payload=} interaction, an event
 * as JSON), signs it with the signing secret and POSTs it to the app's own /slack/events.
 */
final class Relay {

    /** Slack waits this long for an app's acknowledgement, then tells the person it timed out. */
    private static final Duration SLACK_PATIENCE = Duration.ofSeconds(3);
    private static final String FORM = "application/x-www-form-urlencoded";

    /** The bot's answer: its HTTP status and JSON body (missing when it acknowledged with nothing). */
    record Ack(int status, JsonNode body) {

        static final int TIMED_OUT = 408;

        boolean ok() {
            return status == 200;
        }

        /** What Slack tells the person when the app failed them: too slow, or no proper answer. */
        String error() {
            return status == TIMED_OUT ? "operation_timeout" : "dispatch_failed";
        }
    }

    /** Where a button was pressed: on a message in a channel, or in a view (modal or Home tab). */
    record Container(String channelId, String messageTs, boolean ephemeral, ObjectNode view) {
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SlackSignature.Generator signatures;
    private final Views views;
    private final ResponseUrls responseUrls;
    private final Clock clock;
    private volatile String baseUrl;

    Relay(String signingSecret, Views views, ResponseUrls responseUrls, Clock clock) {
        this.signatures = new SlackSignature.Generator(signingSecret);
        this.views = views;
        this.responseUrls = responseUrls;
        this.clock = clock;
    }

    /** The app's own address, known once it listens. */
    void sendTo(String appBaseUrl) {
        this.baseUrl = appBaseUrl;
    }

    String appUrl() {
        return baseUrl;
    }

    /** A slash command, its text already escaped as Slack escapes it. */
    Ack command(Workspace.Person user, Workspace.Channel channel, String command, String escapedText) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "sandbox-verification-token");
        fields.put("team_id", Workspace.TEAM_ID);
        fields.put("team_domain", Workspace.TEAM_DOMAIN);
        fields.put("channel_id", channel.id());
        fields.put("channel_name", channel.name());
        fields.put("user_id", user.id());
        fields.put("user_name", user.handle());
        fields.put("command", command);
        fields.put("text", escapedText);
        fields.put("api_app_id", Workspace.APP_ID);
        fields.put("is_enterprise_install", "false");
        fields.put("response_url", responseUrl(new ResponseUrls.Origin(user.id(), channel.id(), null)));
        fields.put("trigger_id", views.newTrigger(user.id()));
        return post(form(fields), FORM);
    }

    /** A button pressed (or an option picked): element is the element as the bot sent it. */
    Ack blockAction(Workspace.Person user, Container where, String blockId, ObjectNode element, JsonNode picked,
                    JsonNode message) {
        ObjectNode payload = interaction("block_actions", user);
        String type = element.path("type").asText();
        ObjectNode action = (type.equals("button") ? mapper.createObjectNode().put("type", type)
                : ViewState.answer(element, picked)).put("action_id", element.path("action_id").asText())
                .put("block_id", blockId).put("action_ts", slackTime());
        for (String field : new String[] {"text", "value"}) {
            if (element.has(field)) {
                action.set(field, element.get(field));
            }
        }
        payload.putArray("actions").add(action);
        if (where.view() != null) {
            payload.putObject("container").put("type", "view").put("view_id", where.view().path("id").asText());
            payload.set("view", where.view());
        } else {
            payload.putObject("container").put("type", "message").put("message_ts", where.messageTs())
                    .put("channel_id", where.channelId()).put("is_ephemeral", where.ephemeral());
            payload.putObject("channel").put("id", where.channelId())
                    .put("name", Workspace.channel(where.channelId()).map(Workspace.Channel::name).orElse(""));
            if (message != null) {
                payload.set("message", message);
            }
            payload.put("response_url", responseUrl(new ResponseUrls.Origin(user.id(), where.channelId(),
                    where.messageTs())));
        }
        payload.putObject("state").putObject("values");
        return post(payload);
    }

    /** A message shortcut run on a message, as from its "More actions" menu. */
    Ack messageShortcut(Workspace.Person user, String callbackId, Workspace.Channel channel, String messageTs,
                        JsonNode message) {
        ObjectNode payload = interaction("message_action", user).put("callback_id", callbackId)
                .put("action_ts", slackTime()).put("message_ts", messageTs)
                .put("response_url", responseUrl(new ResponseUrls.Origin(user.id(), channel.id(), null)));
        payload.putObject("channel").put("id", channel.id()).put("name", channel.name());
        payload.set("message", message);
        return post(payload);
    }

    /** A global shortcut, as from the composer's shortcuts menu. */
    Ack globalShortcut(Workspace.Person user, String callbackId) {
        ObjectNode payload = interaction("shortcut", user).put("callback_id", callbackId).put("action_ts", slackTime());
        return post(payload);
    }

    /** A modal submitted with these state values. */
    Ack viewSubmission(Workspace.Person user, ObjectNode view, ObjectNode values) {
        ObjectNode payload = interaction("view_submission", user);
        payload.set("view", withState(view, values));
        payload.putArray("response_urls");
        return post(payload);
    }

    /** A modal closed by its person; Slack tells the app only when the view asked (notify_on_close). */
    Ack viewClosed(Workspace.Person user, ObjectNode view) {
        ObjectNode payload = interaction("view_closed", user).put("is_cleared", false);
        payload.set("view", view);
        return post(payload);
    }

    /** A copy of a view holding what its inputs now say. */
    static ObjectNode withState(ObjectNode view, ObjectNode values) {
        ObjectNode copy = view.deepCopy();
        copy.putObject("state").set("values", values);
        return copy;
    }

    /** Someone opened the bot's Home tab. */
    Ack homeOpened(Workspace.Person user, JsonNode currentHome) {
        ObjectNode envelope = mapper.createObjectNode().put("token", "sandbox-verification-token")
                .put("team_id", Workspace.TEAM_ID).put("api_app_id", Workspace.APP_ID);
        ObjectNode event = envelope.putObject("event").put("type", "app_home_opened").put("user", user.id())
                .put("channel", Workspace.directMessages(user).id()).put("tab", "home").put("event_ts", slackTime());
        if (currentHome != null) {
            event.set("view", currentHome);
        }
        envelope.put("type", "event_callback").put("event_id", Workspace.newId("Ev"))
                .put("event_time", clock.millis() / 1000);
        envelope.putArray("authorizations").addObject().put("team_id", Workspace.TEAM_ID)
                .put("user_id", Workspace.BOT_USER_ID).put("is_bot", true).put("is_enterprise_install", false);
        return post(envelope.toString(), "application/json");
    }

    private ObjectNode interaction(String type, Workspace.Person user) {
        ObjectNode payload = mapper.createObjectNode().put("type", type);
        payload.putObject("user").put("id", user.id()).put("username", user.handle()).put("name", user.handle())
                .put("team_id", Workspace.TEAM_ID);
        payload.put("api_app_id", Workspace.APP_ID).put("token", "sandbox-verification-token")
                .put("trigger_id", views.newTrigger(user.id())).put("is_enterprise_install", false);
        payload.putObject("team").put("id", Workspace.TEAM_ID).put("domain", Workspace.TEAM_DOMAIN);
        payload.putNull("enterprise");
        return payload;
    }

    /** An interaction goes as Slack sends it: a form with one field, payload, holding the JSON. */
    private Ack post(ObjectNode payload) {
        return post(form(Map.of("payload", payload.toString())), FORM);
    }

    private String responseUrl(ResponseUrls.Origin origin) {
        return baseUrl + ApiEndpoints.RESPONSE_PATH + responseUrls.register(origin);
    }

    private String slackTime() {
        return String.format(Locale.ROOT, "%.6f", clock.millis() / 1000.0);
    }

    private Ack post(String body, String contentType) {
        String timestamp = Long.toString(clock.millis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/slack/events"))
                .timeout(SLACK_PATIENCE)
                .header("Content-Type", contentType)
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp)
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signatures.generate(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Ack(response.statusCode(), json(response.body()));
        } catch (HttpTimeoutException e) {
            return new Ack(Ack.TIMED_OUT, mapper.missingNode());
        } catch (IOException e) {
            return new Ack(502, mapper.missingNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Ack(503, mapper.missingNode());
        }
    }

    private JsonNode json(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : mapper.readTree(body);
            return node == null ? mapper.missingNode() : node;
        } catch (JsonProcessingException e) {
            return mapper.missingNode();
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
