package org.themebot.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Plays Slack's side of the conversation with the bot for the page: turns what someone did there
 * into the request Slack would send (built by {@link SlackRequests}), signs it and POSTs it to the
 * app's own /slack/events, waiting as long as Slack does.
 */
final class Relay {

    /** Slack waits this long for an app's acknowledgement, then tells the person it timed out. */
    static final Duration SLACK_PATIENCE = Duration.ofSeconds(3);

    /** The bot's answer: its HTTP status and JSON body (missing when it acknowledged with nothing). */
    record Ack(int status, JsonNode body) {

        static final int TIMED_OUT = AppEndpoint.Answer.TIMED_OUT;

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
    private final SlackRequests requests;
    private final Signer signer;
    private final Clock clock;
    private final Duration patience;
    private volatile AppEndpoint app;

    /** patience: how long to wait for the app's ack ({@link #SLACK_PATIENCE} in the sandbox). */
    Relay(SlackRequests requests, String signingSecret, Clock clock, Duration patience) {
        this.requests = requests;
        this.signer = new Signer(signingSecret);
        this.clock = clock;
        this.patience = patience;
    }

    /** The app's own address, known once it listens. */
    void sendTo(String appBaseUrl) {
        this.app = new AppEndpoint(URI.create(appBaseUrl), patience);
    }

    /** A slash command, its text already escaped as Slack escapes it. */
    Ack command(Workspace.Person user, Workspace.Channel channel, String command, String escapedText) {
        return post(SlackRequests.form(requests.command(user.id(), channel.id(), command, escapedText)),
                SlackRequests.FORM);
    }

    /** A button pressed (or an option picked): element is the element as the bot sent it. */
    Ack blockAction(Workspace.Person user, Container where, String blockId, ObjectNode element, JsonNode picked,
                    JsonNode message) {
        ObjectNode payload = where.view() != null
                ? requests.blockActionInView(user.id(), where.view(), blockId, element, picked)
                : requests.blockAction(user.id(), where.channelId(), where.messageTs(), where.ephemeral(), blockId,
                        element, picked, message);
        return post(payload);
    }

    /** A message shortcut run on a message, as from its "More actions" menu. */
    Ack messageShortcut(Workspace.Person user, String callbackId, Workspace.Channel channel, String messageTs,
                        JsonNode message) {
        return post(requests.messageShortcut(user.id(), callbackId, channel.id(), messageTs, message));
    }

    /** A global shortcut, as from the composer's shortcuts menu. */
    Ack globalShortcut(Workspace.Person user, String callbackId) {
        return post(requests.globalShortcut(user.id(), callbackId));
    }

    /** A modal submitted with these state values. */
    Ack viewSubmission(Workspace.Person user, ObjectNode view, ObjectNode values) {
        return post(requests.viewSubmission(user.id(), view, values));
    }

    /** A modal closed by its person; Slack tells the app only when the view asked (notify_on_close). */
    Ack viewClosed(Workspace.Person user, ObjectNode view) {
        return post(requests.viewClosed(user.id(), view));
    }

    /** A copy of a view holding what its inputs now say. */
    static ObjectNode withState(ObjectNode view, ObjectNode values) {
        return SlackRequests.withState(view, values);
    }

    /** Someone opened the bot's Home tab. */
    Ack homeOpened(Workspace.Person user, JsonNode currentHome) {
        ObjectNode envelope = requests.event(requests.appHomeOpened(user.id(), currentHome), Workspace.newId("Ev"));
        return post(envelope.toString(), SlackRequests.JSON);
    }

    private Ack post(ObjectNode payload) {
        return post(SlackRequests.interactionForm(payload), SlackRequests.FORM);
    }

    private Ack post(String body, String contentType) {
        AppEndpoint.Answer answer = app.post(body, signer.headers(body, contentType, clock.millis() / 1000));
        return new Ack(answer.status(), json(answer.body()));
    }

    private JsonNode json(String body) {
        try {
            JsonNode node = body == null || body.isBlank() ? null : mapper.readTree(body);
            return node == null ? mapper.missingNode() : node;
        } catch (JsonProcessingException e) {
            return mapper.missingNode();
        }
    }
}
