package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The engine's own {@link BlockKitRules}, for tests outside the engine's package: a message or a
 * view Slack would refuse fails with the error Slack would answer.
 */
public final class SlackLimits {

    private SlackLimits() {
    }

    /** A message's JSON ({@code text}, {@code blocks}) as chat.postMessage takes it. */
    public static void checkMessage(JsonNode message) {
        try {
            BlockKitRules.message(message);
        } catch (WebApi.Refused e) {
            throw new AssertionError("Slack would refuse this message: " + e.getMessage());
        }
    }

    /** A view's JSON (a modal or a Home tab) as views.open or views.publish takes it. */
    public static void checkView(JsonNode view) {
        try {
            BlockKitRules.view(JsonNodeFactory.instance.objectNode().set("view", view));
        } catch (WebApi.Refused e) {
            throw new AssertionError("Slack would refuse this view: " + e.getMessage());
        }
    }
}
