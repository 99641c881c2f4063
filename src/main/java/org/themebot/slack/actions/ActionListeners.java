package org.themebot.slack.actions;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import java.util.regex.Pattern;
import org.themebot.actions.ActionService;
import org.themebot.commands.SlackText;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.MeetingService;
import org.themebot.plans.PlanService;
import org.themebot.slack.Interactions;
import org.themebot.slack.Reply;
import org.themebot.slack.SignedMetadata;
import org.themebot.slack.UserNames;

/** The "Record as action" shortcut, the new-action form's submission, and the pages of a list. */
public final class ActionListeners {

    static final String RECORD_AS_ACTION = "record_as_action";

    private final ActionService actions;
    private final MeetingService meetings;
    private final PlanService plans;
    private final Interactions interactions;
    private final SignedMetadata metadata;
    private final UserNames names;

    public ActionListeners(ActionService actions, MeetingService meetings, PlanService plans, Interactions interactions,
                           SignedMetadata metadata, UserNames names) {
        this.actions = actions;
        this.meetings = meetings;
        this.plans = plans;
        this.interactions = interactions;
        this.metadata = metadata;
        this.names = names;
    }

    public void register(App app) {
        app.messageShortcut(RECORD_AS_ACTION, (req, ctx) -> recordAsAction(req.getPayload()));
        app.viewSubmission(ActionModal.CALLBACK_ID, (req, ctx) -> submitted(req.getPayload()));
        app.blockAction(Pattern.compile(Pattern.quote(ActionBlocks.PAGE_ACTION) + "(previous|next)"),
                (req, ctx) -> turnPage(req.getPayload()));
    }

    /** The shortcut opens the new-action form filled with the message's text; in a channel with no group, it says so. */
    private Response recordAsAction(MessageShortcutPayload p) {
        String text = p.getMessage() == null || p.getMessage().getText() == null ? ""
                : SlackText.plain(p.getMessage().getText()).strip();
        return interactions.shortcut(p, inv -> {
            ThemeGroup group = actions.groupOf(inv);
            var agenda = meetings.openAgenda(group.id());
            String signed = metadata.sign(inv.channelId(), inv.workspaceId(), inv.userId());
            var objectives = plans.linkable(inv);
            return Reply.afterAck(context -> context.openModal(ActionModal.view(signed, text, agenda, objectives)));
        });
    }

    private Response submitted(ViewSubmissionPayload p) {
        if (p.getTeam() == null || p.getUser() == null || p.getView() == null) {
            return Interactions.BAD_REQUEST;
        }
        var channel = metadata.verify(p.getView().getPrivateMetadata(), p.getTeam().getId(), p.getUser().getId());
        if (channel.isEmpty()) {
            return Interactions.BAD_REQUEST;
        }
        return interactions.submission(p, channel.get(), inv -> {
            ActionService.Changed added = actions.add(inv, ActionModal.draft(p.getView().getState()));
            ActionModal.objective(p.getView().getState()).ifPresent(objective ->
                    plans.link(inv, added.action().number(), objective));
            return Reply.announce(ActionBlocks.ADDED.post(inv.workspaceId(), inv.channelId(), added)
                    .forGroup(added.group().id()));
        }, ActionModal::errors);
    }

    /** Previous / Next: the list asked with the same filter, on another page, in place of the old one. */
    private Response turnPage(BlockActionPayload p) {
        return interactions.readingButton(p, inv -> {
            String[] value = p.getActions().get(0).getValue().split("\\|", 2);
            String filter = value.length > 1 ? value[1] : "";
            int page = Integer.parseInt(value[0]);
            var listed = actions.list(inv, ActionCommands.filter(filter));
            var message = ActionBlocks.list(listed, filter, page, names.cached(inv.workspaceId()));
            return Reply.afterAck(context -> context.replace(message));
        });
    }
}
