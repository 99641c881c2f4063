package org.themebot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.actions.ActionService;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.SlackText;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.MeetingService;

/** /action, its modal, and the "Record as action" message shortcut: recording actions and keeping them up to date. */
final class ActionListeners {

    private static final Logger log = LoggerFactory.getLogger(ActionListeners.class);
    static final String RECORD_AS_ACTION = "record_as_action";

    private ActionListeners() {
    }

    static void register(App app, SlashCommands commands, ActionService actions, MeetingService meetings,
                         Outbox outbox, UserNames names, ExecutorService afterAck, Clock clock) {
        commands.register(app, "/action", Map.of(
                "add", (inv, args) -> {
                    if (args.isBlank()) {
                        ThemeGroup group = actions.groupOf(inv);
                        var agenda = meetings.openAgenda(group.id());
                        return reply -> reply.openModal(ActionModal.view(inv.channelId(), "", agenda));
                    }
                    ActionService.Changed added = actions.add(inv, args);
                    return reply -> reply.toChannel(ActionBlocks.added(added, reply.names()));
                },
                "list", (inv, args) -> {
                    var list = actions.list(inv, args);
                    return reply -> reply.toTyper(ActionBlocks.list(list, args.strip(), 0, reply.names()));
                },
                "show", (inv, args) -> {
                    var shown = actions.show(inv, args);
                    return reply -> reply.toTyper(ActionBlocks.shown(shown, reply.names()));
                },
                "update", (inv, args) -> {
                    var updated = actions.update(inv, args);
                    return reply -> reply.toTyper(ActionBlocks.changed(updated, inv.userId(), reply.names()));
                },
                "done", (inv, args) -> announced(actions.done(inv, args), inv.userId()),
                "due", (inv, args) -> announced(actions.due(inv, args), inv.userId()),
                "assign", (inv, args) -> announced(actions.assign(inv, args), inv.userId()),
                "drop", (inv, args) -> announced(actions.drop(inv, args), inv.userId())),
                Help.forCommand("/action"));

        app.messageShortcut(RECORD_AS_ACTION, (req, ctx) -> {
            MessageShortcutPayload p = req.getPayload();
            Invocation inv = new Invocation(p.getTeam().getId(), p.getChannel().getId(), p.getChannel().getName(),
                    p.getUser().getId(), clock.instant());
            String text = p.getMessage() == null || p.getMessage().getText() == null ? ""
                    : SlackText.plain(p.getMessage().getText()).strip();
            afterAck.submit(() -> {
                try {
                    ThemeGroup group = actions.groupOf(inv);
                    ctx.client().viewsOpen(r -> r.triggerId(p.getTriggerId())
                            .view(ActionModal.view(inv.channelId(), text, meetings.openAgenda(group.id()))));
                } catch (CommandError e) {
                    SlackMessage error = Replies.error(e);
                    try {
                        ctx.respond(ActionResponse.builder().responseType("ephemeral").text(error.text())
                                .blocks(error.blocks()).build());
                    } catch (Exception io) {
                        log.warn("could not answer the shortcut: {}", io.getMessage());
                    }
                } catch (Exception e) {
                    log.warn("could not open the action modal: {}", e.getMessage());
                }
            });
            return ctx.ack();
        });

        app.blockAction(Pattern.compile(Pattern.quote(ActionBlocks.PAGE_ACTION) + "(previous|next)"), (req, ctx) -> {
            BlockActionPayload p = req.getPayload();
            String[] value = p.getActions().get(0).getValue().split("\\|", 2);
            Invocation inv = new Invocation(p.getTeam().getId(), p.getChannel().getId(), p.getChannel().getName(),
                    p.getUser().getId(), clock.instant());
            afterAck.submit(() -> {
                SlackMessage page;
                try {
                    page = ActionBlocks.list(actions.list(inv, value.length > 1 ? value[1] : ""),
                            value.length > 1 ? value[1] : "", Integer.parseInt(value[0]), names.in(inv.workspaceId()));
                } catch (CommandError e) {
                    page = Replies.error(e);
                }
                try {
                    ctx.respond(ActionResponse.builder().responseType("ephemeral").replaceOriginal(true)
                            .text(page.text()).blocks(page.blocks()).build());
                } catch (Exception e) {
                    log.warn("could not turn the page of a list: {}", e.getMessage());
                }
            });
            return ctx.ack();
        });

        app.viewSubmission(ActionModal.CALLBACK_ID, (req, ctx) -> {
            ViewSubmissionPayload p = req.getPayload();
            Invocation inv = new Invocation(p.getTeam().getId(), p.getView().getPrivateMetadata(), null,
                    p.getUser().getId(), clock.instant());
            ActionService.Changed added;
            try {
                added = actions.add(inv, ActionModal.draft(p.getView().getState()));
            } catch (CommandError e) {
                return ctx.ackWithErrors(ActionModal.errors(e));
            }
            outbox.post(inv.channelId(), ActionBlocks.added(added, names.in(inv.workspaceId())));
            return ctx.ack();
        });
    }

    /** Changes the group follows along with are posted in the channel. */
    private static SlashCommands.AfterAck announced(ActionService.Changed changed, String actorId) {
        return reply -> reply.toChannel(ActionBlocks.changed(changed, actorId, reply.names()));
    }
}
