package org.themebot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.themebot.sandbox.Timeline.Via;

/**
 * What happens when someone sends what they typed: a slash command goes to the bot through the
 * relay and its acknowledgement is shown as Slack shows it (ephemeral, or in the channel with the
 * command); anything else is an ordinary message in the channel.
 */
final class MessageBox {

    /** What the typer was told at once: the bot's ack status and any reply in it. */
    record Sent(int status, String reply) {
    }

    private final Relay relay;
    private final Timeline timeline;
    private final AppManifest manifest;

    MessageBox(Relay relay, Timeline timeline, AppManifest manifest) {
        this.relay = relay;
        this.timeline = timeline;
        this.manifest = manifest;
    }

    Sent send(Workspace.Person typer, Workspace.Channel channel, String typed) {
        String text = typed.strip();
        if (!text.startsWith("/")) {
            timeline.post(channel.id(), typer.id(), Via.MESSAGE, null, said(TypedText.escaped(text)));
            return new Sent(200, "");
        }
        String[] parts = text.split("\\s+", 2);
        String command = parts[0];
        // Slack shows a command to others only with an in_channel reply; the sandbox shows its typer what they sent.
        timeline.post(channel.id(), typer.id(), Via.COMMAND, typer.id(), said(TypedText.escaped(text)));
        if (manifest.command(command).isEmpty()) {
            return slackbotTells(typer, channel, 404, command + " is not a valid command. In Slack, all messages that "
                    + "start with the \"/\" character are interpreted as commands.");
        }
        Relay.Ack ack = relay.command(typer, channel, command, TypedText.escaped(parts.length > 1 ? parts[1] : ""));
        if (!ack.ok()) {
            String why = ack.status() == Relay.Ack.TIMED_OUT ? "themebot did not answer within 3 seconds"
                    : "themebot answered HTTP " + ack.status();
            return slackbotTells(typer, channel, ack.status(),
                    command + " failed with the error \"" + ack.error() + "\" (" + why + ")");
        }
        JsonNode body = ack.body();
        String reply = body.path("text").asText("");
        if (!reply.isEmpty() || body.path("blocks").size() > 0) {
            JsonNode blocks;
            try {
                blocks = BlockKitRules.message(body);
            } catch (WebApi.Refused e) {
                return slackbotTells(typer, channel, 200, command + " failed with the error \"" + e.getMessage() + "\"");
            }
            boolean inChannel = "in_channel".equals(body.path("response_type").asText());
            timeline.post(channel.id(), Workspace.BOT_USER_ID, Via.ACK, inChannel ? null : typer.id(),
                    Timeline.Content.of(reply, blocks));
        }
        return new Sent(ack.status(), reply);
    }

    /** What Slack itself says to the typer when a command did not reach the app properly. */
    private Sent slackbotTells(Workspace.Person typer, Workspace.Channel channel, int status, String plain) {
        timeline.post(channel.id(), Workspace.SLACKBOT_ID, Via.SLACKBOT, typer.id(), said(TypedText.escaped(plain)));
        return new Sent(status, plain);
    }

    private static Timeline.Content said(String text) {
        return Timeline.Content.of(text, JsonNodeFactory.instance.arrayNode());
    }
}
