package org.themebot.slack.reminders;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.themebot.actions.ActionRef;
import org.themebot.actions.ActionService;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.TextLimits;
import org.themebot.reminders.ScheduleService;
import org.themebot.slack.Interactions;
import org.themebot.slack.Intent;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.Outbox;
import org.themebot.slack.Reply;
import org.themebot.slack.SignedMetadata;
import org.themebot.slack.actions.ActionBlocks;

/**
 * The buttons on an action wherever the bot shows one to its owner — a reminder DM, the App Home
 * tab: Done, Snooze a week, and Add update (a form). Each works for the action's owners, their
 * proxies and the group's officers; afterwards the DM shows the new state (or Home is published
 * again with a line saying what happened), and Done is announced in the group's channel.
 */
public final class ReminderButtons {

    public static final String DONE = "reminder_done";
    public static final String SNOOZE = "reminder_snooze";
    public static final String UPDATE = "reminder_update";
    static final String UPDATE_MODAL = "reminder_update_modal";
    static final String UPDATE_BLOCK = "update";

    private final ActionService actions;
    private final Interactions interactions;
    private final Outbox outbox;
    private final SignedMetadata metadata;

    public ReminderButtons(ActionService actions, Interactions interactions, Outbox outbox, SignedMetadata metadata) {
        this.actions = actions;
        this.interactions = interactions;
        this.outbox = outbox;
        this.metadata = metadata;
    }

    public void register(App app) {
        app.blockAction(DONE, (req, ctx) -> interactions.button(req.getPayload(), inv -> {
            ActionService.Changed done = actions.done(inv, ref(req.getPayload()), "");
            return shown(req.getPayload(), inv, done, ":white_check_mark:", "Done", Optional.empty())
                    .and(ActionBlocks.CHANGED.post(inv.workspaceId(), done.group().channelId(),
                            new ActionBlocks.ActionChange(done, inv.userId())).forGroup(done.group().id()));
        }));
        app.blockAction(SNOOZE, (req, ctx) -> interactions.button(req.getPayload(), inv -> {
            ActionService.Changed snoozed = actions.snooze(inv, ref(req.getPayload()), ScheduleService::snoozeEnd);
            return shown(req.getPayload(), inv, snoozed, ":zzz:", "Snoozed", Optional.of(snoozed.detail()));
        }));
        app.blockAction(UPDATE, (req, ctx) -> interactions.readingButton(req.getPayload(), inv -> {
            View modal = updateModal(req.getPayload(), inv);
            return Reply.afterAck(context -> context.openModal(modal));
        }));
        app.viewSubmission(UPDATE_MODAL, (req, ctx) -> saveUpdate(req.getPayload()));
    }

    /**
     * The press's outcome where it was pressed: the reminder DM updated in place (only a DM the bot
     * sent about this very action), or the presser's Home published again with what happened.
     */
    private Reply shown(BlockActionPayload p, Invocation inv, ActionService.Changed changed, String emoji, String what,
                        Optional<String> detail) {
        String outcome = emoji + " *" + what + "* by " + Mrkdwn.mention(inv.userId())
                + detail.filter(d -> !d.isBlank()).map(d -> ": " + Mrkdwn.escape(d)).orElse("");
        if (Interactions.inHome(p)) {
            return Reply.announce(Intent.home(inv.workspaceId(), inv.userId(),
                    Optional.of(emoji + " *" + changed.action().ref() + "* — " + what.toLowerCase(java.util.Locale.UK)
                            + detail.filter(d -> !d.isBlank()).map(d -> ": " + Mrkdwn.escape(d)).orElse(""))));
        }
        String channel = p.getContainer().getChannelId();
        String ts = p.getContainer().getMessageTs();
        if (!outbox.sentAbout(channel, ts, ScheduledMessages.subject(changed.action().id()))) {
            return Reply.NOTHING; // not a reminder of this action: nothing of the bot's is rewritten
        }
        return Reply.announce(ReminderBlocks.PRESSED.update(inv.workspaceId(), channel, ts,
                new ReminderBlocks.Pressed(changed.group(), changed.action(), outcome)));
    }

    private View updateModal(BlockActionPayload p, Invocation inv) {
        long actionId = ((ActionRef.Id) ref(p)).id();
        String target = Interactions.inHome(p) ? Long.toString(actionId)
                : actionId + "|" + p.getContainer().getChannelId() + "|" + p.getContainer().getMessageTs();
        return view(v -> v.type("modal").callbackId(UPDATE_MODAL)
                .privateMetadata(metadata.sign(target, inv.workspaceId(), inv.userId()))
                .title(viewTitle(t -> t.type("plain_text").text("Add update")))
                .submit(viewSubmit(t -> t.type("plain_text").text("Save")))
                .close(viewClose(t -> t.type("plain_text").text("Cancel")))
                .blocks(List.of(
                        section(s -> s.text(markdownText("A dated entry in the action's history, e.g. "
                                + "_Draft circulated to the group; final version next week._"))),
                        input(i -> i.blockId(UPDATE_BLOCK).label(plainText("Progress"))
                                .element(plainTextInput(t -> t.actionId(UPDATE_BLOCK).multiline(true)
                                        .maxLength(TextLimits.NOTE)))))));
    }

    /** Saves the form's progress entry; the DM it came from (verified, as the button's) or Home shows it. */
    private Response saveUpdate(ViewSubmissionPayload p) {
        if (p.getTeam() == null || p.getUser() == null || p.getView() == null) {
            return Interactions.BAD_REQUEST;
        }
        Optional<String> target = metadata.verify(p.getView().getPrivateMetadata(), p.getTeam().getId(),
                p.getUser().getId());
        if (target.isEmpty()) {
            return Interactions.BAD_REQUEST;
        }
        String[] parts = target.get().split("\\|");
        long actionId = Long.parseLong(parts[0]);
        return interactions.submission(p, parts.length > 1 ? parts[1] : null, inv -> {
            ViewState.Value value = p.getView().getState().getValues().getOrDefault(UPDATE_BLOCK, Map.of())
                    .get(UPDATE_BLOCK);
            String text = value == null || value.getValue() == null ? "" : value.getValue().strip();
            ActionService.Changed updated = actions.update(inv, ActionRef.id(actionId), text);
            String outcome = ":memo: *Update added* by " + Mrkdwn.mention(inv.userId()) + ": " + Mrkdwn.escape(text);
            if (parts.length == 1) {
                return Reply.announce(Intent.home(inv.workspaceId(), inv.userId(),
                        Optional.of(":memo: *" + updated.action().ref() + "* — update added")));
            }
            if (!outbox.sentAbout(parts[1], parts[2], ScheduledMessages.subject(actionId))) {
                return Reply.NOTHING;
            }
            return Reply.announce(ReminderBlocks.PRESSED.update(inv.workspaceId(), parts[1], parts[2],
                    new ReminderBlocks.Pressed(updated.group(), updated.action(), outcome)));
        }, error -> Map.of(UPDATE_BLOCK, error.getMessage()));
    }

    private static ActionRef ref(BlockActionPayload p) {
        try {
            return ActionRef.id(Long.parseLong(p.getActions().get(0).getValue()));
        } catch (NumberFormatException e) {
            throw new CommandError("That button is not one of mine.", "");
        }
    }
}
