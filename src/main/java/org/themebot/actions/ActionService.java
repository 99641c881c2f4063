package org.themebot.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.Columns;
import org.themebot.commands.CommandError;
import org.themebot.commands.InvalidTimescale;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.commands.SlackText;
import org.themebot.commands.TextLimits;
import org.themebot.commands.Timescale;
import org.themebot.commands.TimescaleParser;
import org.themebot.commands.WhoParser;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;

/** Recording actions and keeping them up to date: every /action subcommand but the modal. */
public final class ActionService {

    public static final String ADD_FORM = "/action add <text> [| <who> [| <timescale>]]";
    public static final String LIST_FORM = "/action list [mine|overdue|open|done|all|@person]";
    public static final String DONE_FORM = "/action done <ref> [comment]";
    public static final String UPDATE_FORM = "/action update <ref> <progress comment>";
    public static final String DUE_FORM = "/action due <ref> <timescale>";
    public static final String ASSIGN_FORM = "/action assign <ref> <who>";
    public static final String DROP_FORM = "/action drop <ref> [reason]";
    public static final String SHOW_FORM = "/action show <ref>";

    /** The timescales people write, as examples of what is understood. */
    public static final String TIMESCALE_EXAMPLES = "22 Oct 08, 22/10/2008, Sept 08, Sept/Oct 08, "
            + "April 2008 – March 2010, Q3 2009, Autumn 2008, 2008/09, next meeting, in 2 weeks, ongoing or tbc";
    private static final DateTimeFormatter SNOOZE_DAY =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final Pattern REF = Pattern.compile("(?i)a?(\\d{1,9})");
    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");

    private final Jdbi jdbi;
    private final TimescaleParser timescales = new TimescaleParser();
    private final MeetingLink meetings;
    private final Proxies proxies;

    public ActionService(Jdbi jdbi, MeetingLink meetings) {
        this(jdbi, meetings, Proxies.NONE);
    }

    public ActionService(Jdbi jdbi, MeetingLink meetings, Proxies proxies) {
        this.jdbi = jdbi;
        this.meetings = meetings;
        this.proxies = proxies;
    }

    /**
     * Members who act for owners outside Slack (they get their reminders): they may do what the
     * owner could. Kept behind an interface so actions need not know how proxies are stored.
     */
    @FunctionalInterface
    public interface Proxies {
        boolean actsFor(Handle handle, long groupId, String userId, Who.Named owner);

        Proxies NONE = (handle, groupId, userId, owner) -> false;
    }

    /** When reminders snoozed now resume, in the group's reminder settings. */
    @FunctionalInterface
    public interface SnoozeEnd {
        Instant from(Handle handle, ThemeGroup group, Instant now);
    }

    /** An action as it now is, with the group it belongs to (for its zone and name). */
    public record Changed(ThemeGroup group, Action action, ActionEvent.Kind change, String detail) {
    }

    /** An action with its whole history. */
    public record Shown(ThemeGroup group, Action action, List<ActionEvent> history, LocalDate today) {
    }

    public Changed add(Invocation inv, String args) {
        List<String> columns = Columns.split(args);
        if (columns.size() > 3) {
            throw new CommandError("Too many | columns: an action has text, who and timescale.", ADD_FORM);
        }
        String text = SlackText.plain(columns.get(0)).strip();
        List<Who> owners = columns.size() > 1 ? WhoParser.parse(columns.get(1)) : List.of();
        String typedTimescale = columns.size() > 2 ? SlackText.plain(columns.get(2)).strip() : "";
        return add(inv, new ActionDraft(text, owners, typedTimescale, Optional.empty(), false));
    }

    /** Records a new action from its parts (the command's columns, or the modal's fields). */
    public Changed add(Invocation inv, ActionDraft draft) {
        String text = draft.text().strip();
        if (text.isEmpty()) {
            throw new InvalidAction(InvalidAction.Field.TEXT, "Say what the action is.", ADD_FORM);
        }
        if (text.length() > TextLimits.ACTION_TEXT) {
            throw new InvalidAction(InvalidAction.Field.TEXT, "An action's text is at most " + TextLimits.ACTION_TEXT
                    + " characters; this one has " + text.length() + ".", ADD_FORM);
        }
        return jdbi.inTransaction(handle -> {
            GroupStore groups = handle.attach(GroupStore.class);
            ActionStore actions = handle.attach(ActionStore.class);
            ThemeGroup group = GroupService.requireIn(groups, inv);
            Timescale timescale = resolve(handle, group, inv, draft.timescale().strip(), ADD_FORM);
            if (draft.refuseUnreadableTimescale() && timescale.kind() == Timescale.Kind.UNRECOGNISED) {
                throw new InvalidAction(InvalidAction.Field.TIMESCALE, "I can't read '" + timescale.text()
                        + "' as a timescale. Write it like " + TIMESCALE_EXAMPLES + ", or pick a date.", ADD_FORM);
            }
            int number = groups.takeActionNumber(group.id());
            long id = actions.insert(group.id(), number, text, timescale.text(), timescale.due().orElse(null),
                    inv.userId(), inv.at());
            actions.replaceOwners(id, draft.owners());
            meetings.takeFiling(handle, group.id(), draft.agendaItemId())
                    .ifPresent(f -> actions.fileUnder(id, f.meetingId(), f.agendaItemId(), f.position()));
            actions.record(id, ActionEvent.Kind.CREATED, "", inv.userId(), inv.at());
            return new Changed(group, actions.findById(id).orElseThrow(), ActionEvent.Kind.CREATED, "");
        });
    }

    /** The group of the channel a command came from, or a clear error saying how to set one up. */
    public ThemeGroup groupOf(Invocation inv) {
        return GroupService.requireIn(jdbi.onDemand(GroupStore.class), inv);
    }

    public ActionList list(Invocation inv, String args) {
        ThemeGroup group = GroupService.requireIn(jdbi.onDemand(GroupStore.class), inv);
        LocalDate today = today(group, inv);
        String filter = args.strip();
        String word = filter.toLowerCase(Locale.ROOT);
        Matcher mention = MENTION.matcher(filter);
        Set<ActionStatus> statuses = EnumSet.of(ActionStatus.OPEN);
        Predicate<Action> keep = a -> true;
        String description;
        Optional<String> ofUser = Optional.empty();
        if (word.isEmpty() || word.equals("open")) {
            description = "Open actions";
        } else if (word.equals("mine")) {
            keep = a -> a.isOwnedBy(inv.userId());
            description = "Your open actions";
        } else if (word.equals("overdue")) {
            keep = a -> a.isOverdue(today);
            description = "Overdue actions";
        } else if (word.equals("done")) {
            statuses = EnumSet.of(ActionStatus.DONE);
            description = "Done actions";
        } else if (word.equals("all")) {
            statuses = EnumSet.allOf(ActionStatus.class);
            description = "All actions";
        } else if (mention.matches()) {
            String userId = mention.group(1);
            keep = a -> a.owners().contains(new Who.SlackUser(userId));
            description = "Open actions of";
            ofUser = Optional.of(userId);
        } else {
            throw new CommandError("I don't know the list '" + SlackText.plain(filter) + "'.", LIST_FORM);
        }
        List<Action> actions = jdbi.onDemand(ActionStore.class).byStatus(group.id(), statuses)
                .stream().filter(keep).toList();
        return new ActionList(group, description, ofUser, actions, today);
    }

    public Changed done(Invocation inv, String args) {
        RefAndRest parsed = refAndRest(args, DONE_FORM);
        String comment = SlackText.plain(parsed.rest()).strip();
        TextLimits.requireAtMost(comment, TextLimits.NOTE, "A comment", DONE_FORM);
        return change(inv, byRef(parsed.number(), DONE_FORM), markDone(inv, comment));
    }

    /** Done from a button (a reminder, App Home): the action by id, within the presser's workspace. */
    public Changed done(Invocation inv, long actionId, String comment) {
        return change(inv, byId(actionId), markDone(inv, comment));
    }

    private Change markDone(Invocation inv, String comment) {
        return (group, action, store, handle) -> {
            requireOwnerOrOfficer(handle, group, action, inv, "mark it done");
            requireOpen(action, "done");
            store.setStatus(action.id(), ActionStatus.DONE.storeName(), inv.at());
            store.record(action.id(), ActionEvent.Kind.DONE, comment, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.DONE, comment);
        };
    }

    public Changed update(Invocation inv, String args) {
        RefAndRest parsed = refAndRest(args, UPDATE_FORM);
        String comment = SlackText.plain(parsed.rest()).strip();
        if (comment.isEmpty()) {
            throw new CommandError("Say what progress to record.", UPDATE_FORM);
        }
        TextLimits.requireAtMost(comment, TextLimits.NOTE, "A progress comment", UPDATE_FORM);
        return change(inv, byRef(parsed.number(), UPDATE_FORM), progress(inv, comment));
    }

    /** A progress entry from a button's modal; the comment is checked by the modal. */
    public Changed update(Invocation inv, long actionId, String comment) {
        return change(inv, byId(actionId), progress(inv, comment));
    }

    /** Holds an action's reminders until {@code resume} says, noting it in the history. */
    public Changed snooze(Invocation inv, long actionId, SnoozeEnd resume) {
        return change(inv, byId(actionId), (group, action, store, handle) -> {
            requireOwnerOrOfficer(handle, group, action, inv, "snooze its reminders");
            requireOpen(action, "snoozed");
            Instant until = resume.from(handle, group, inv.at());
            store.holdRemindersUntil(action.id(), until, inv.at());
            String detail = "reminders snoozed until " + SNOOZE_DAY.format(until.atZone(group.zone()));
            store.record(action.id(), ActionEvent.Kind.UPDATE, detail, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.UPDATE, detail);
        });
    }

    private Change progress(Invocation inv, String comment) {
        return (group, action, store, handle) -> {
            requireOwnerOrOfficer(handle, group, action, inv, "update it");
            store.touch(action.id(), inv.at());
            store.record(action.id(), ActionEvent.Kind.UPDATE, comment, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.UPDATE, comment);
        };
    }

    public Changed due(Invocation inv, String args) {
        RefAndRest parsed = refAndRest(args, DUE_FORM);
        String typed = SlackText.plain(parsed.rest()).strip();
        if (typed.isEmpty()) {
            throw new CommandError("Say the new timescale.", DUE_FORM);
        }
        return change(inv, byRef(parsed.number(), DUE_FORM), (group, action, store, handle) -> {
            requireOwnerOrOfficer(handle, group, action, inv, "re-date it");
            requireOpen(action, "re-dated");
            Timescale timescale = resolve(handle, group, inv, typed, DUE_FORM);
            store.setTimescale(action.id(), timescale.text(), timescale.due().orElse(null), inv.at());
            String detail = action.timescale() + " → " + timescale.text();
            store.record(action.id(), ActionEvent.Kind.REDATED, detail, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.REDATED, detail);
        });
    }

    public Changed assign(Invocation inv, String args) {
        RefAndRest parsed = refAndRest(args, ASSIGN_FORM);
        List<Who> owners = WhoParser.parse(parsed.rest());
        if (owners.isEmpty()) {
            throw new CommandError("Say who the action is for.", ASSIGN_FORM);
        }
        return change(inv, byRef(parsed.number(), ASSIGN_FORM), (group, action, store, handle) -> {
            GroupService.requireOfficer(group, inv, "reassign actions");
            requireOpen(action, "reassigned");
            store.replaceOwners(action.id(), owners);
            store.touch(action.id(), inv.at());
            String detail = ActionEvent.ownersDetail(owners);
            store.record(action.id(), ActionEvent.Kind.REASSIGNED, detail, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.REASSIGNED, detail);
        });
    }

    public Changed drop(Invocation inv, String args) {
        RefAndRest parsed = refAndRest(args, DROP_FORM);
        String reason = SlackText.plain(parsed.rest()).strip();
        TextLimits.requireAtMost(reason, TextLimits.NOTE, "A reason", DROP_FORM);
        return change(inv, byRef(parsed.number(), DROP_FORM), (group, action, store, handle) -> {
            GroupService.requireOfficer(group, inv, "drop actions");
            requireOpen(action, "dropped");
            store.setStatus(action.id(), ActionStatus.DROPPED.storeName(), inv.at());
            store.record(action.id(), ActionEvent.Kind.DROPPED, reason, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.DROPPED, reason);
        });
    }

    public Shown show(Invocation inv, String args) {
        RefAndRest parsed = refAndRest(args, SHOW_FORM);
        if (!parsed.rest().isBlank()) {
            throw new CommandError("/action show takes just the ref.", SHOW_FORM);
        }
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            ActionStore store = handle.attach(ActionStore.class);
            Action action = find(store, group, parsed.number(), SHOW_FORM);
            return new Shown(group, action, store.history(action.id()), today(group, inv));
        });
    }

    private record RefAndRest(int number, String rest) {
    }

    private record Outcome(ActionEvent.Kind kind, String detail) {
    }

    @FunctionalInterface
    private interface Change {
        Outcome apply(ThemeGroup group, Action action, ActionStore store, Handle handle);
    }

    private record Located(ThemeGroup group, Action action) {
    }

    /** How a change finds its action: by ref in the channel's group, or by id from a button. */
    @FunctionalInterface
    private interface Locator {
        Located locate(Handle handle, Invocation inv);
    }

    private static Locator byRef(int number, String form) {
        return (handle, inv) -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            return new Located(group, find(handle.attach(ActionStore.class), group, number, form));
        };
    }

    /** By id, but only in the presser's own workspace: a forged id from elsewhere finds nothing. */
    private static Locator byId(long actionId) {
        return (handle, inv) -> handle.attach(ActionStore.class).findById(actionId)
                .flatMap(action -> handle.attach(GroupStore.class).findById(action.groupId())
                        .filter(group -> group.workspaceId().equals(inv.workspaceId()))
                        .map(group -> new Located(group, action)))
                .orElseThrow(() -> new CommandError("That action no longer exists.", ""));
    }

    /** Finds the action, applies one change and its history entry in one transaction. */
    private Changed change(Invocation inv, Locator locator, Change change) {
        return jdbi.inTransaction(handle -> {
            Located located = locator.locate(handle, inv);
            ThemeGroup group = located.group();
            ActionStore store = handle.attach(ActionStore.class);
            Action action = located.action();
            Outcome outcome = change.apply(group, action, store, handle);
            Action after = store.findById(action.id()).orElseThrow();
            meetings.noteReview(handle, group.id(), after, reviewNote(after, outcome), inv);
            return new Changed(group, after, outcome.kind(), outcome.detail());
        });
    }

    private static Action find(ActionStore store, ThemeGroup group, int number, String form) {
        return store.find(group.id(), number).orElseThrow(() -> new CommandError(
                "There is no action " + Action.ref(number) + " in this group. `/action list all` shows them.", form));
    }

    private static RefAndRest refAndRest(String args, String form) {
        String[] parts = args.strip().split("\\s+", 2);
        if (parts[0].isEmpty()) {
            throw new CommandError("Say which action, by its ref (e.g. A3).", form);
        }
        Matcher ref = REF.matcher(parts[0]);
        if (!ref.matches()) {
            throw new CommandError("'" + SlackText.plain(parts[0]) + "' is not an action ref like A3.", form);
        }
        return new RefAndRest(Integer.parseInt(ref.group(1)), parts.length > 1 ? parts[1] : "");
    }

    /** How a change reads in the notes of the meeting that reviewed it. */
    private static String reviewNote(Action action, Outcome outcome) {
        String detail = outcome.detail().isBlank() ? "" : ": " + outcome.detail();
        String what = switch (outcome.kind()) {
            case DONE -> "done" + detail;
            case UPDATE -> "progress" + detail;
            case REDATED -> "re-dated" + detail;
            case REASSIGNED -> "reassigned";
            case DROPPED -> "dropped" + detail;
            case CREATED, REOPENED -> outcome.kind().name().toLowerCase(Locale.ROOT);
        };
        return action.ref() + " " + action.text() + " — " + what;
    }

    private Timescale resolve(Handle handle, ThemeGroup group, Invocation inv, String typed, String form) {
        try {
            return timescales.parse(typed, today(group, inv), meetings.nextMeeting(handle, group.id()));
        } catch (InvalidTimescale e) {
            throw new InvalidAction(InvalidAction.Field.TIMESCALE, e.getMessage(), form);
        }
    }

    private static LocalDate today(ThemeGroup group, Invocation inv) {
        return LocalDate.ofInstant(inv.at(), group.zone());
    }

    private void requireOwnerOrOfficer(Handle handle, ThemeGroup group, Action action, Invocation inv, String what) {
        boolean proxy = action.owners().stream().anyMatch(owner -> owner instanceof Who.Named named
                && proxies.actsFor(handle, group.id(), inv.userId(), named));
        if (!action.isOwnedBy(inv.userId()) && !group.isChairOrSecretary(inv.userId()) && !proxy) {
            throw NotAllowed.ownersOrOfficers(action.ref(), what, group.officers());
        }
    }

    private static void requireOpen(Action action, String what) {
        if (!action.isOpen()) {
            throw new CommandError(action.ref() + " is " + action.status().storeName() + " already, so it cannot be "
                    + what + ".", "");
        }
    }
}
