package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The requests Slack sends an app, built as Slack builds them: a slash command's form fields, an
 * interaction's payload (block_actions, shortcuts, view_submission, view_closed) and an Events API
 * envelope. Each carries a fresh trigger_id and response_url of the engine, so the app's
 * views.open and response_url posts land in it. The sandbox page and the tests (over HTTP, or
 * straight into a Bolt app) build their requests here; {@link Signer} signs them.
 */
public final class SlackRequests {

    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String JSON = "application/json";
    /** The deprecated verification token Slack still sends along. */
    static final String VERIFICATION_TOKEN = "legacy-verification-token";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Directory directory;
    private final Views views;
    private final ResponseUrls responseUrls;
    private final Clock clock;
    /** The workspace the requests come from: the directory's, or another ({@link #as}). */
    private final Directory.Team team;

    SlackRequests(Directory directory, Views views, ResponseUrls responseUrls, Clock clock) {
        this(directory, views, responseUrls, clock, directory.team());
    }

    private SlackRequests(Directory directory, Views views, ResponseUrls responseUrls, Clock clock,
                          Directory.Team team) {
        this.directory = directory;
        this.views = views;
        this.responseUrls = responseUrls;
        this.clock = clock;
        this.team = team;
    }

    /**
     * The requests another workspace's Slack sends the same app (its team on each), for an app
     * installed in several; its people and channels are the directory's, with ids of their own.
     */
    public SlackRequests as(Directory.Team other) {
        return new SlackRequests(directory, views, responseUrls, clock, other);
    }

    /** A slash command's form fields in Slack's order; text is as Slack delivers it (escaped, mentions as {@code <@U…|name>}). */
    public Map<String, String> command(String userId, String channelId, String command, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", VERIFICATION_TOKEN);
        fields.put("team_id", team.id());
        fields.put("team_domain", team.domain());
        fields.put("channel_id", channelId);
        fields.put("channel_name", directory.channelName(channelId));
        fields.put("user_id", userId);
        fields.put("user_name", directory.handle(userId));
        fields.put("command", command);
        fields.put("text", text);
        fields.put("api_app_id", directory.bot().appId());
        fields.put("is_enterprise_install", "false");
        fields.put("response_url", responseUrls.newUrl(new ResponseUrls.Origin(userId, channelId, null)));
        fields.put("trigger_id", views.newTrigger(userId));
        return fields;
    }

    /**
     * A button pressed (or an option picked) on a message: element is the element as the app sent
     * it, picked what was chosen (for selects); message is the message as Slack includes it (null
     * for an ephemeral one, which Slack leaves out).
     */
    public ObjectNode blockAction(String userId, String channelId, String messageTs, boolean ephemeral, String blockId,
                                  ObjectNode element, JsonNode picked, JsonNode message) {
        ObjectNode payload = blockActions(userId, blockId, element, picked);
        payload.putObject("container").put("type", "message").put("message_ts", messageTs)
                .put("channel_id", channelId).put("is_ephemeral", ephemeral);
        payload.putObject("channel").put("id", channelId).put("name", directory.channelName(channelId));
        if (message != null) {
            payload.set("message", message);
        }
        payload.put("response_url", responseUrls.newUrl(new ResponseUrls.Origin(userId, channelId, messageTs)));
        return payload;
    }

    /** A button pressed in a view (a modal, with what its inputs say now, or a Home tab): no channel, no response_url. */
    public ObjectNode blockActionInView(String userId, ObjectNode view, String blockId, ObjectNode element,
                                        JsonNode picked) {
        ObjectNode payload = blockActions(userId, blockId, element, picked);
        payload.putObject("container").put("type", "view").put("view_id", view.path("id").asText());
        payload.set("view", view);
        return payload;
    }

    private ObjectNode blockActions(String userId, String blockId, ObjectNode element, JsonNode picked) {
        ObjectNode payload = interaction("block_actions", userId);
        String type = element.path("type").asText();
        ObjectNode action = (type.equals("button") ? NODES.objectNode().put("type", type)
                : ViewState.answer(element, picked)).put("action_id", element.path("action_id").asText())
                .put("block_id", blockId).put("action_ts", slackTime());
        for (String field : new String[] {"text", "value"}) {
            if (element.has(field)) {
                action.set(field, element.get(field));
            }
        }
        payload.putArray("actions").add(action);
        payload.putObject("state").putObject("values");
        return payload;
    }

    /** A message shortcut run on a message, as from its "More actions" menu. */
    public ObjectNode messageShortcut(String userId, String callbackId, String channelId, String messageTs,
                                      JsonNode message) {
        ObjectNode payload = interaction("message_action", userId).put("callback_id", callbackId)
                .put("action_ts", slackTime()).put("message_ts", messageTs)
                .put("response_url", responseUrls.newUrl(new ResponseUrls.Origin(userId, channelId, null)));
        payload.putObject("channel").put("id", channelId).put("name", directory.channelName(channelId));
        payload.set("message", message);
        return payload;
    }

    /** A global shortcut, as from the composer's shortcuts menu. */
    public ObjectNode globalShortcut(String userId, String callbackId) {
        return interaction("shortcut", userId).put("callback_id", callbackId).put("action_ts", slackTime());
    }

    /** A modal submitted: view as shown, values its {@code state.values}. */
    public ObjectNode viewSubmission(String userId, ObjectNode view, ObjectNode values) {
        ObjectNode payload = interaction("view_submission", userId);
        payload.set("view", withState(view, values));
        payload.putArray("response_urls");
        return payload;
    }

    /** A modal closed by its person; Slack tells the app only when the view asked (notify_on_close). */
    public ObjectNode viewClosed(String userId, ObjectNode view) {
        ObjectNode payload = interaction("view_closed", userId).put("is_cleared", false);
        payload.set("view", view);
        return payload;
    }

    /** The app_home_opened event of a person opening the app's Home tab (currentHome: what it showed, if anything). */
    public ObjectNode appHomeOpened(String userId, JsonNode currentHome) {
        ObjectNode event = NODES.objectNode().put("type", "app_home_opened").put("user", userId)
                .put("channel", Directory.directMessages(userId).id()).put("tab", "home").put("event_ts", slackTime());
        if (currentHome != null) {
            event.set("view", currentHome);
        }
        return event;
    }

    /** An Events API envelope (event_callback) around an event; Slack sends it again with the same event id when retrying. */
    public ObjectNode event(ObjectNode event, String eventId) {
        ObjectNode envelope = NODES.objectNode().put("token", VERIFICATION_TOKEN).put("team_id", team.id())
                .put("api_app_id", directory.bot().appId());
        envelope.set("event", event);
        envelope.put("type", "event_callback").put("event_id", eventId).put("event_time", clock.millis() / 1000);
        envelope.putArray("authorizations").addObject().put("team_id", team.id())
                .put("user_id", directory.bot().userId()).put("is_bot", true).put("is_enterprise_install", false);
        return envelope;
    }

    /** A copy of a view holding what its inputs now say. */
    public static ObjectNode withState(ObjectNode view, ObjectNode values) {
        ObjectNode copy = view.deepCopy();
        copy.putObject("state").set("values", values);
        return copy;
    }

    /** A form body (application/x-www-form-urlencoded), fields in order. */
    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** An interaction goes as Slack sends it: a form with one field, payload, holding the JSON. */
    public static String interactionForm(ObjectNode payload) {
        return form(Map.of("payload", payload.toString()));
    }

    private ObjectNode interaction(String type, String userId) {
        ObjectNode payload = NODES.objectNode().put("type", type);
        String handle = directory.handle(userId);
        payload.putObject("user").put("id", userId).put("username", handle).put("name", handle)
                .put("team_id", team.id());
        payload.put("api_app_id", directory.bot().appId()).put("token", VERIFICATION_TOKEN)
                .put("trigger_id", views.newTrigger(userId)).put("is_enterprise_install", false);
        payload.putObject("team").put("id", team.id()).put("domain", team.domain());
        payload.putNull("enterprise");
        return payload;
    }

    private String slackTime() {
        return String.format(Locale.ROOT, "%.6f", clock.millis() / 1000.0);
    }
}
