package org.themebot.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.google.gson.JsonObject;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.actions.ActionService;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.TextLimits;
import org.themebot.reminders.RoundupAnswer;
import org.themebot.reminders.RoundupService;
import org.themebot.reminders.ScheduleService;

/**
 * The buttons of the bot's DMs: a reminder's Done, Snooze a week and Add update (a modal), and
 * a round-up's Done / In progress / Blocked / Carry forward. Each works only for the action's
 * owners, their proxies and the group's officers, and the DM is then updated to show the new state.
 */
final class ActionButtons {

    private static final Logger log = LoggerFactory.getLogger(ActionButtons.class);
    static final String UPDATE_MODAL = "reminder_update_modal";
    static final String UPDATE_BLOCK = "update";

    private final ActionService actions;
    private final Outbox outbox;
    private final MethodsClient slack;
    private final ExecutorService afterAck;
    private final Clock clock;
    private final AppHome home;

    private ActionButtons(ActionService actions, Outbox outbox, MethodsClient slack, ExecutorService afterAck,
                              Clock clock, AppHome home) {
        this.actions = actions;
        this.outbox = outbox;
        this.slack = slack;
        this.afterAck = afterAck;
        this.clock = clock;
        this.home = home;
    }

    static void register(App app, ActionService actions, RoundupService roundups, Outbox outbox, MethodsClient slack,
                         UserNames names, ExecutorService afterAck, Clock clock, AppHome home) {
        ActionButtons listeners = new ActionButtons(actions, outbox, slack, afterAck, clock, home);
        app.blockAction(ReminderBlocks.DONE, (req, ctx) -> listeners.pressed(req.getPayload(), ctx, inv -> {
            ActionService.Changed done = actions.done(inv, actionId(req.getPayload()), "");
            outbox.post(done.group().channelId(),
                    ActionBlocks.changed(done, inv.userId(), names.in(inv.workspaceId())));
            return ReminderBlocks.afterPress(done.group(), done.action(),
                    ReminderBlocks.outcome(":white_check_mark:", "Done", inv.userId(), Optional.empty()));
        }));
        app.blockAction(ReminderBlocks.SNOOZE, (req, ctx) -> listeners.pressed(req.getPayload(), ctx, inv -> {
            ActionService.Changed snoozed = actions.snooze(inv, actionId(req.getPayload()), ScheduleService::snoozeEnd);
            return ReminderBlocks.afterPress(snoozed.group(), snoozed.action(),
                    ReminderBlocks.outcome(":zzz:", "Snoozed", inv.userId(), Optional.of(snoozed.detail())));
        }));
        app.blockAction(ReminderBlocks.UPDATE, (req, ctx) -> {
            try {
                listeners.openUpdateModal(req.getPayload());
            } catch (CommandError e) {
                listeners.tellOnly(ctx, Replies.error(e));
            }
            return ctx.ack();
        });
        app.blockAction(Pattern.compile(Pattern.quote(RoundupBlocks.ANSWER) + "[a-z_]+"), (req, ctx) ->
                listeners.pressed(req.getPayload(), ctx, inv -> {
                    BlockActionPayload.Action pressed = req.getPayload().getActions().get(0);
                    RoundupAnswer answer = RoundupAnswer.of(pressed.getActionId().substring(RoundupBlocks.ANSWER.length()))
                            .orElseThrow(() -> new CommandError("That button is not one of mine.", ""));
                    Map.Entry<Long, LocalDate> target = RoundupService.buttonValue(pressed.getValue());
                    RoundupService.Answered answered = roundups.answer(inv, target.getKey(), target.getValue(), answer);
                    if (answer == RoundupAnswer.DONE) {
                        outbox.post(answered.change().group().channelId(),
                                ActionBlocks.changed(answered.change(), inv.userId(), names.in(inv.workspaceId())));
                    }
                    return RoundupBlocks.roundup(answered.roundup());
                }));
        app.viewSubmission(UPDATE_MODAL, (req, ctx) -> {
            var p = req.getPayload();
            Map<String, String> errors = listeners.saveUpdate(p.getTeam().getId(), p.getUser().getId(), p.getView());
            return errors.isEmpty() ? ctx.ack() : ctx.ack(r -> r.responseAction("errors").errors(errors));
        });
    }

    @FunctionalInterface
    private interface Press {
        SlackMessage apply(Invocation inv);
    }

    /** Applies a button's change; the DM (or App Home) is updated, or the presser told (only them) why not. */
    private Response pressed(BlockActionPayload p, ActionContext ctx, Press press) {
        Invocation inv = invocation(p);
        try {
            SlackMessage updated = press.apply(inv);
            if (inHome(p)) {
                home.publish(inv.workspaceId(), inv.userId());
            } else {
                outbox.update(p.getContainer().getChannelId(), p.getContainer().getMessageTs(), updated);
            }
        } catch (CommandError e) {
            tellOnly(ctx, Replies.error(e));
        }
        return ctx.ack();
    }

    private void openUpdateModal(BlockActionPayload p) {
        long actionId = actionId(p);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("action", actionId);
        if (!inHome(p)) { // the DM to update once saved; from App Home, Home is published again
            metadata.addProperty("channel", p.getContainer().getChannelId());
            metadata.addProperty("ts", p.getContainer().getMessageTs());
        }
        View modal = view(v -> v.type("modal").callbackId(UPDATE_MODAL).privateMetadata(metadata.toString())
                .title(viewTitle(t -> t.type("plain_text").text("Add update")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Save")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(List.of(
                        section(s -> s.text(markdownText("A dated entry in the action's history, e.g. "
                                + "_Draft circulated to the group; final version next week._"))),
                        input(i -> i.blockId(UPDATE_BLOCK).label(plainText("Progress"))
                                .element(plainTextInput(t -> t.actionId(UPDATE_BLOCK).multiline(true)
                                        .maxLength(TextLimits.NOTE)))))));
        // views.open must be called within 3 s of the press (the trigger expires), so not queued.
        afterAck.submit(() -> {
            try {
                var response = slack.viewsOpen(r -> r.triggerId(p.getTriggerId()).view(modal));
                if (!response.isOk()) {
                    log.warn("could not open the update modal: {}", response.getError());
                }
            } catch (Exception e) {
                log.warn("could not open the update modal: {}", e.getMessage());
            }
        });
    }

    /** Saves the modal's progress entry; returns errors for the modal to show, or none. */
    private Map<String, String> saveUpdate(String teamId, String userId, View view) {
        ViewState.Value value = view.getState().getValues().getOrDefault(UPDATE_BLOCK, Map.of()).get(UPDATE_BLOCK);
        String text = value == null || value.getValue() == null ? "" : value.getValue().strip();
        if (text.isEmpty()) {
            return Map.of(UPDATE_BLOCK, "Say what progress to record.");
        }
        if (text.length() > TextLimits.NOTE) {
            return Map.of(UPDATE_BLOCK, "At most " + TextLimits.NOTE + " characters.");
        }
        JsonObject metadata = SlackMessage.GSON.fromJson(view.getPrivateMetadata(), JsonObject.class);
        Invocation inv = new Invocation(teamId, null, null, userId, clock.instant());
        try {
            ActionService.Changed updated = actions.update(inv, metadata.get("action").getAsLong(), text);
            if (metadata.has("ts")) {
                outbox.update(metadata.get("channel").getAsString(), metadata.get("ts").getAsString(),
                        ReminderBlocks.afterPress(updated.group(), updated.action(),
                                ReminderBlocks.outcome(":memo:", "Update added", userId, Optional.of(text))));
            } else {
                home.publish(teamId, userId);
            }
            return Map.of();
        } catch (CommandError e) {
            return Map.of(UPDATE_BLOCK, e.getMessage());
        }
    }

    private static boolean inHome(BlockActionPayload p) {
        return "view".equals(p.getContainer().getType());
    }

    private Invocation invocation(BlockActionPayload p) {
        String channel = p.getChannel() != null ? p.getChannel().getId() : p.getContainer().getChannelId(); // none in Home
        return new Invocation(p.getTeam().getId(), channel, null, p.getUser().getId(), clock.instant());
    }

    private static long actionId(BlockActionPayload p) {
        try {
            return Long.parseLong(p.getActions().get(0).getValue());
        } catch (NumberFormatException e) {
            throw new CommandError("That button is not one of mine.", "");
        }
    }

    private void tellOnly(ActionContext ctx, SlackMessage message) {
        afterAck.submit(() -> {
            try {
                ctx.respond(ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                        .text(message.text()).blocks(message.blocks()).build());
            } catch (Exception e) {
                log.warn("could not answer a reminder button: {}", e.getMessage());
            }
        });
    }
}
