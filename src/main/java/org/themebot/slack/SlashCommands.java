package org.themebot.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.people.Names;
import org.themebot.store.HandledRequests;

/**
 * The path every slash command takes: check, one service call, ack within Slack's 3 s. Errors go
 * back in the ack, ephemeral; rendering (which may need users.info) and sending happen after it.
 */
final class SlashCommands {

    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

    /** One subcommand: does the change (or the read) and returns what to say once acked. */
    @FunctionalInterface
    interface Subcommand {
        AfterAck run(Invocation inv, String args);
    }

    /** Work for after the ack: render and send the replies. */
    @FunctionalInterface
    interface AfterAck {
        void run(Reply reply) throws Exception;

        AfterAck NOTHING = reply -> { };
    }

    /** Where a command's replies go: the typer (ephemeral) or the channel (through the outbox). */
    static final class Reply {
        private final SlashCommandContext ctx;
        private final Invocation inv;
        private final Outbox outbox;
        private final Names names;

        Reply(SlashCommandContext ctx, Invocation inv, Outbox outbox, Names names) {
            this.ctx = ctx;
            this.inv = inv;
            this.outbox = outbox;
            this.names = names;
        }

        Names names() {
            return names;
        }

        Invocation invocation() {
            return inv;
        }

        void toTyper(SlackMessage message) throws IOException {
            ctx.respond(ephemeral(message));
        }

        void toChannel(SlackMessage message) {
            outbox.post(inv.channelId(), message);
        }

        /** Opens a modal on the typer's screen; Slack honours the command's trigger id for 3 s only. */
        void openModal(View view) throws IOException, SlackApiException {
            ViewsOpenResponse opened = ctx.client().viewsOpen(r -> r.triggerId(ctx.getTriggerId()).view(view));
            if (!opened.isOk()) {
                throw new IOException("views.open: " + opened.getError());
            }
        }
    }

    private final Jdbi jdbi;
    private final Outbox outbox;
    private final UserNames userNames;
    private final ExecutorService afterAck;
    private final Clock clock;

    SlashCommands(Jdbi jdbi, Outbox outbox, UserNames userNames, ExecutorService afterAck, Clock clock) {
        this.jdbi = jdbi;
        this.outbox = outbox;
        this.userNames = userNames;
        this.afterAck = afterAck;
        this.clock = clock;
    }

    /** Registers a command whose first word picks the subcommand; anything else gets the command's help. */
    void register(App app, String command, Map<String, Subcommand> subcommands, SlackMessage help) {
        app.command(command, (req, ctx) -> handle(req, ctx, subcommands, help));
    }

    private Response handle(SlashCommandRequest req, SlashCommandContext ctx, Map<String, Subcommand> subcommands,
                            SlackMessage help) {
        SlashCommandPayload p = req.getPayload();
        if (isBlank(p.getTeamId()) || isBlank(p.getChannelId()) || isBlank(p.getUserId())) {
            return Response.builder().statusCode(400).contentType("text/plain").body("not a slash command").build();
        }
        String key = "command:" + (isBlank(p.getTriggerId()) ? p.getResponseUrl() : p.getTriggerId());
        HandledRequests requests = jdbi.onDemand(HandledRequests.class);
        if (!requests.firstTime(key, clock.instant())) {
            log.info("ignoring a retry of {} {}", p.getCommand(), key);
            return ctx.ack();
        }
        Invocation inv = new Invocation(p.getTeamId(), p.getChannelId(), p.getChannelName(), p.getUserId(), clock.instant());
        String text = p.getText() == null ? "" : p.getText().strip();
        String[] words = text.split("\\s+", 2);
        Subcommand subcommand = subcommands.get(words[0].toLowerCase(Locale.ROOT));
        if (subcommand == null) {
            return ctx.ack(ephemeral(help));
        }
        try {
            AfterAck after = subcommand.run(inv, words.length > 1 ? words[1] : "");
            Reply reply = new Reply(ctx, inv, outbox, userNames.in(inv.workspaceId()));
            afterAck.submit(() -> {
                try {
                    after.run(reply);
                } catch (Exception e) {
                    log.error("replying to {} {} failed", p.getCommand(), words[0], e);
                }
            });
            return ctx.ack();
        } catch (CommandError e) {
            requests.forget(key);
            return ctx.ack(ephemeral(Replies.error(e)));
        } catch (RuntimeException e) {
            requests.forget(key);
            // The service's transaction rolled back: say so rather than leave the typer guessing.
            log.error("{} {} failed", p.getCommand(), words[0], e);
            return ctx.ack(ephemeral(Replies.text(":x: Something went wrong on my side and nothing was changed. "
                    + "Please try again in a moment.")));
        }
    }

    static SlashCommandResponse ephemeral(SlackMessage message) {
        return SlashCommandResponse.builder().responseType("ephemeral").text(message.text()).blocks(message.blocks())
                .build();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
