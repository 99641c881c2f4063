package org.themebot.slack.actions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.themebot.actions.ActionDraft;
import org.themebot.actions.ActionFilter;
import org.themebot.actions.ActionRef;
import org.themebot.actions.ActionService;
import org.themebot.commands.Columns;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.Refs;
import org.themebot.commands.SlackText;
import org.themebot.commands.WhoParser;
import org.themebot.meetings.MeetingService;
import org.themebot.plans.PlanService;
import org.themebot.slack.CommandRequest;
import org.themebot.slack.CommandTable;
import org.themebot.slack.Replies;
import org.themebot.slack.Reply;
import org.themebot.slack.SignedMetadata;
import org.themebot.slack.Subcommand;
import org.themebot.slack.groups.ContactNotes;
import org.themebot.slack.plans.PlanBlocks;

/** /action: its grammar (each subcommand's form, help and parser) and what each does. */
public final class ActionCommands {

    static final String ADD_FORM = "/action add <text> [| <who> [| <timescale>]]";
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

    private final ActionService actions;
    private final MeetingService meetings;
    private final PlanService plans;
    private final SignedMetadata metadata;
    private final ContactNotes contacts;

    public ActionCommands(ActionService actions, MeetingService meetings, PlanService plans, SignedMetadata metadata,
                          ContactNotes contacts) {
        this.actions = actions;
        this.meetings = meetings;
        this.plans = plans;
        this.metadata = metadata;
        this.contacts = contacts;
    }

    public CommandTable table() {
        return CommandTable.of("/action", "actions agreed at meetings: who does what, by when",
                Subcommand.changes("add", ADD_FORM,
                        "record an action, its owners and its timescale; with no text a form opens", this::add)
                        .changesWhen(args -> !args.isBlank())
                        .examples("/action add Send the toolkit round | @Balbir Sohal | Sept 08"),
                Subcommand.reads("list", "/action list [mine|overdue|open|done|all|@person]",
                        "this group's open actions, or yours, the overdue ones, the done ones, a person's", this::list)
                        .examples("/action list overdue"),
                Subcommand.changes("done", "/action done <ref> [comment]", "mark an action done",
                        request -> announce(request, actions.done(request.invocation(), ref(request),
                                rest(request)))).examples("/action done A3 sent round on Friday"),
                Subcommand.changes("update", "/action update <ref> <progress>",
                        "add a dated progress note to an action's history", this::update)
                        .examples("/action update A2 first draft shared with Sue"),
                Subcommand.changes("due", "/action due <ref> <timescale>", "give an action a new timescale",
                        request -> announce(request, actions.due(request.invocation(), ref(request),
                                rest(request)))).examples("/action due A2 Sept/Oct 08"),
                Subcommand.changes("assign", "/action assign <ref> <who>",
                        "give an action to other owners (chairs and secretaries)",
                        request -> announce(request, actions.assign(request.invocation(), ref(request),
                                WhoParser.parse(Refs.read(request.args(), 'A', "action").rest()))))
                        .examples("/action assign A2 @Sue Bent"),
                Subcommand.changes("drop", "/action drop <ref> [reason]", "drop an action (chairs and secretaries)",
                        request -> announce(request, actions.drop(request.invocation(), ref(request),
                                rest(request)))).examples("/action drop A5 no longer needed"),
                Subcommand.reads("show", "/action show <ref>", "an action with its whole history", request ->
                        Reply.toTyper(ActionBlocks.shown(actions.show(request.invocation(),
                                ActionRef.number(Refs.only(request.args(), 'A', "action"))), request.names())))
                        .examples("/action show A2"),
                Subcommand.changes("link", "/action link <action ref> <plan ref>",
                        "link an action to the plan objective it serves (chairs and secretaries)", this::link)
                        .examples("/action link A3 P2"));
    }

    private Reply add(CommandRequest request) {
        Invocation inv = request.invocation();
        if (request.args().isBlank()) {
            var agenda = meetings.openAgenda(actions.groupOf(inv).id());
            String signed = metadata.sign(inv.channelId(), inv.workspaceId(), inv.userId());
            var objectives = plans.linkable(inv);
            return Reply.afterAck(context -> context.openModal(ActionModal.view(signed, "", agenda, objectives)));
        }
        ActionService.Changed added = actions.add(inv, draft(request.args()));
        Reply announced = Reply.announce(ActionBlocks.ADDED.post(inv.workspaceId(), inv.channelId(), added)
                .forGroup(added.group().id()));
        return contacts.about(added.group().id(), added.action().owners())
                .map(note -> announced.withTyper(Replies.text(note))).orElse(announced);
    }

    /** The columns of /action add: text | who | timescale, in Slack's escaped form. */
    public static ActionDraft draft(String escaped) {
        List<String> columns = Columns.split(escaped);
        if (columns.size() > 3) {
            throw new CommandError("Too many | columns: an action has text, who and timescale.", "");
        }
        String text = SlackText.plain(columns.get(0)).strip();
        return new ActionDraft(text, columns.size() > 1 ? WhoParser.parse(columns.get(1)) : List.of(),
                columns.size() > 2 ? SlackText.plain(columns.get(2)).strip() : "", Optional.empty(), false);
    }

    private Reply link(CommandRequest request) {
        Refs.RefAndRest action = Refs.read(request.args(), 'A', "action");
        return Reply.toTyper(PlanBlocks.linked(plans.link(request.invocation(), action.number(),
                Refs.only(action.rest(), 'P', "plan objective"))));
    }

    private Reply list(CommandRequest request) {
        String filter = request.args().strip();
        return Reply.toTyper(ActionBlocks.list(actions.list(request.invocation(), filter(filter)), filter, 0,
                request.names()));
    }

    /** The words /action list takes: mine, overdue, open, done, all, or an @mention. */
    public static ActionFilter filter(String escaped) {
        String word = escaped.strip().toLowerCase(Locale.ROOT);
        Matcher mention = MENTION.matcher(escaped.strip());
        if (mention.matches()) {
            return ActionFilter.ofUser(mention.group(1));
        }
        return switch (word) {
            case "", "open" -> ActionFilter.of(ActionFilter.Kind.OPEN);
            case "mine" -> ActionFilter.of(ActionFilter.Kind.MINE);
            case "overdue" -> ActionFilter.of(ActionFilter.Kind.OVERDUE);
            case "done" -> ActionFilter.of(ActionFilter.Kind.DONE);
            case "all" -> ActionFilter.of(ActionFilter.Kind.ALL);
            default -> throw new CommandError("I don't know the list '" + SlackText.plain(escaped.strip()) + "'.", "");
        };
    }

    private Reply update(CommandRequest request) {
        ActionService.Changed updated = actions.update(request.invocation(), ref(request), rest(request));
        return Reply.toTyper(ActionBlocks.changed(updated, request.invocation().userId(), request.names()));
    }

    /** A change the group follows along with: posted in the channel. */
    private static Reply announce(CommandRequest request, ActionService.Changed changed) {
        Invocation inv = request.invocation();
        return Reply.announce(ActionBlocks.CHANGED.post(inv.workspaceId(), changed.group().channelId(),
                new ActionBlocks.ActionChange(changed, inv.userId())).forGroup(changed.group().id()));
    }

    private static ActionRef ref(CommandRequest request) {
        return ActionRef.number(Refs.read(request.args(), 'A', "action").number());
    }

    /** The words after the ref, as plain text. */
    private static String rest(CommandRequest request) {
        return SlackText.plain(Refs.read(request.args(), 'A', "action").rest()).strip();
    }
}
