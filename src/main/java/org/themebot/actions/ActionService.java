package org.themebot.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.commands.CommandError;
import org.themebot.timescale.InvalidTimescale;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;
import org.themebot.commands.TextLimits;
import org.themebot.timescale.Timescale;
import org.themebot.timescale.TimescaleParser;
import org.themebot.contacts.ContactNames;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;
import org.themebot.plans.PlanItem;
import org.themebot.plans.PlanService;

/**
 * Recording actions and keeping them up to date, for commands, buttons and forms alike. Requests
 * come typed (plain text, people resolved); each change is one transaction with its history entry.
 * Errors say what was wrong; the Slack layer adds the correct form of the command that was typed.
 */
public final class ActionService {

    /** The timescales people write, as examples of what is understood. */
    public static final String TIMESCALE_EXAMPLES = "22 Oct 08, 22/10/2008, Sept 08, Sept/Oct 08, "
            + "April 2008 – March 2010, Q3 2009, Autumn 2008, 2008/09, next meeting, in 2 weeks, ongoing or tbc";
    private static final DateTimeFormatter SNOOZE_DAY =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

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

    /** An action with its whole history, the meeting and agenda item it was agreed under, and the objective it serves. */
    public record Shown(ThemeGroup group, Action action, List<ActionEvent> history, LocalDate today,
                        Optional<MeetingLink.Origin> origin, Optional<PlanItem> objective) {
    }

    /** Records a new action from its parts (the command's columns, or the modal's fields). */
    public Changed add(Invocation inv, ActionDraft draft) {
        String text = checkedText(draft.text());
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            Timescale timescale = resolve(handle, group, inv, draft.timescale().strip());
            if (draft.refuseUnreadableTimescale() && timescale.kind() == Timescale.Kind.UNRECOGNISED) {
                throw new InvalidAction(InvalidAction.Field.TIMESCALE, "I can't read '" + timescale.text()
                        + "' as a timescale. Write it like " + TIMESCALE_EXAMPLES + ", or pick a date.");
            }
            return insert(handle, group, inv, text, draft.owners(), timescale,
                    meetings.takeFiling(handle, group.id(), draft.agendaItemId()), "");
        });
    }

    /**
     * Records an action agreed at an earlier meeting whose notes are being brought in, inside the
     * caller's transaction: its timescale already resolved against that meeting's dates, filed where
     * the notes put it, its history saying where it came from.
     */
    public Changed addFromNotes(Invocation inv, String text, List<Who> owners, Timescale timescale,
                                MeetingLink.Filing filing, String origin) {
        String checked = checkedText(text);
        return jdbi.inTransaction(handle -> insert(handle, GroupService.requireIn(handle.attach(GroupStore.class), inv),
                inv, checked, owners, timescale, Optional.of(filing), origin));
    }

    private static String checkedText(String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            throw new InvalidAction(InvalidAction.Field.TEXT, "Say what the action is.");
        }
        int length = TextLimits.length(text);
        if (length > TextLimits.ACTION_TEXT) {
            throw new InvalidAction(InvalidAction.Field.TEXT, "An action's text is at most " + TextLimits.ACTION_TEXT
                    + " characters; this one has " + length + ".");
        }
        return text;
    }

    /** A new open action with its owners, filing and first history entry. */
    private static Changed insert(Handle handle, ThemeGroup group, Invocation inv, String text, List<Who> owners,
                                  Timescale timescale, Optional<MeetingLink.Filing> filing, String detail) {
        ActionStore actions = handle.attach(ActionStore.class);
        int number = handle.attach(GroupStore.class).takeActionNumber(group.id());
        long id = actions.insert(group.id(), number, text, timescale.text(), timescale.due().orElse(null),
                inv.userId(), inv.at());
        actions.replaceOwners(id, owners);
        filing.ifPresent(f -> actions.fileUnder(id, f.meetingId(), f.agendaItemId(), f.position()));
        actions.record(id, ActionEvent.Kind.CREATED, detail, inv.userId(), inv.at());
        // As it was stored (instants keep milliseconds), without reading it back.
        Action added = new Action(id, group.id(), number, text, List.copyOf(owners), timescale.text(), timescale.due(),
                ActionStatus.OPEN, inv.userId(), inv.at().truncatedTo(ChronoUnit.MILLIS), filing);
        return new Changed(group, added, ActionEvent.Kind.CREATED, detail);
    }

    /** The group of the channel a command came from, or a clear error saying how to set one up. */
    public ThemeGroup groupOf(Invocation inv) {
        return GroupService.requireIn(jdbi.onDemand(GroupStore.class), inv);
    }

    public ActionList list(Invocation inv, ActionFilter filter) {
        ThemeGroup group = GroupService.requireIn(jdbi.onDemand(GroupStore.class), inv);
        LocalDate today = today(group, inv);
        Set<ActionStatus> statuses = switch (filter.kind()) {
            case DONE -> EnumSet.of(ActionStatus.DONE);
            case ALL -> EnumSet.allOf(ActionStatus.class);
            default -> EnumSet.of(ActionStatus.OPEN);
        };
        Predicate<Action> keep = switch (filter.kind()) {
            case MINE -> a -> a.isOwnedBy(inv.userId());
            case OVERDUE -> a -> a.isOverdue(today);
            case OF_USER -> a -> a.owners().contains(new Who.SlackUser(filter.userId().orElseThrow()));
            default -> a -> true;
        };
        String description = switch (filter.kind()) {
            case OPEN -> "Open actions";
            case MINE -> "Your open actions";
            case OVERDUE -> "Overdue actions";
            case DONE -> "Done actions";
            case ALL -> "All actions";
            case OF_USER -> "Open actions of";
        };
        List<Action> actions = jdbi.onDemand(ActionStore.class).byStatus(group.id(), statuses)
                .stream().filter(keep).toList();
        return new ActionList(group, description, filter.userId(), actions, today);
    }

    /** Marks an action done, with an optional comment. */
    public Changed done(Invocation inv, ActionRef ref, String comment) {
        TextLimits.requireAtMost(comment, TextLimits.NOTE, "A comment");
        return change(inv, ref, (group, action, store, handle) -> {
            requireOwnerOrOfficer(handle, group, action, inv, "mark it done");
            requireOpen(action, "done");
            store.setStatus(action.id(), ActionStatus.DONE.storeName(), inv.at());
            store.record(action.id(), ActionEvent.Kind.DONE, comment, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.DONE, comment);
        });
    }

    /**
     * Marks an action done for one of its owners outside Slack, who confirmed the link in a
     * reminder mail: the history says "done by Cllr Kevin Foster (by e-mail)". Refused unless the
     * person is still one of its named owners (matched ignoring case and titles) and it is open.
     */
    public Changed doneByMail(long actionId, String person, Instant at) {
        String actor = ActionEvent.byMail(person);
        return changeByMail(actionId, person, at, (group, action, store, handle) -> {
            requireOpen(action, "done");
            store.setStatus(action.id(), ActionStatus.DONE.storeName(), at);
            store.record(action.id(), ActionEvent.Kind.DONE, "", actor, at);
            return new Outcome(ActionEvent.Kind.DONE, "");
        });
    }

    /** A progress entry from an owner outside Slack, written on the page of a mail's link. */
    public Changed updateByMail(long actionId, String person, String text, Instant at) {
        if (text.isBlank()) {
            throw new CommandError("Say what progress to record.", "");
        }
        TextLimits.requireAtMost(text, TextLimits.NOTE, "A progress comment");
        String actor = ActionEvent.byMail(person);
        return changeByMail(actionId, person, at, (group, action, store, handle) -> {
            store.touch(action.id(), at);
            store.record(action.id(), ActionEvent.Kind.UPDATE, text, actor, at);
            return new Outcome(ActionEvent.Kind.UPDATE, text);
        });
    }

    /** A dated progress entry in the action's history. */
    public Changed update(Invocation inv, ActionRef ref, String comment) {
        if (comment.isBlank()) {
            throw new CommandError("Say what progress to record.", "");
        }
        TextLimits.requireAtMost(comment, TextLimits.NOTE, "A progress comment");
        return change(inv, ref, (group, action, store, handle) -> {
            requireOwnerOrOfficer(handle, group, action, inv, "update it");
            store.touch(action.id(), inv.at());
            store.record(action.id(), ActionEvent.Kind.UPDATE, comment, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.UPDATE, comment);
        });
    }

    /** Holds an action's reminders until {@code resume} says, noting it in the history. */
    public Changed snooze(Invocation inv, ActionRef ref, SnoozeEnd resume) {
        return change(inv, ref, (group, action, store, handle) -> {
            requireOwnerOrOfficer(handle, group, action, inv, "snooze its reminders");
            requireOpen(action, "snoozed");
            Instant until = resume.from(handle, group, inv.at());
            store.holdRemindersUntil(action.id(), until, inv.at());
            String detail = "reminders snoozed until " + SNOOZE_DAY.format(until.atZone(group.zone()));
            store.record(action.id(), ActionEvent.Kind.UPDATE, detail, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.UPDATE, detail);
        });
    }

    /** Re-dates an action to a timescale as typed. */
    public Changed due(Invocation inv, ActionRef ref, String typed) {
        if (typed.isBlank()) {
            throw new CommandError("Say the new timescale.", "");
        }
        return change(inv, ref, (group, action, store, handle) -> {
            requireOwnerOrOfficer(handle, group, action, inv, "re-date it");
            requireOpen(action, "re-dated");
            Timescale timescale = resolve(handle, group, inv, typed.strip());
            store.setTimescale(action.id(), timescale.text(), timescale.due().orElse(null), inv.at());
            String detail = action.timescale() + " → " + timescale.text();
            store.record(action.id(), ActionEvent.Kind.REDATED, detail, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.REDATED, detail);
        });
    }

    /** Re-dates an action for another feature (a meeting's "next meeting" moving), inside its transaction. */
    public Changed redate(Invocation inv, long actionId, Timescale timescale, String why) {
        return change(inv, ActionRef.id(actionId), (group, action, store, handle) -> {
            store.setTimescale(action.id(), timescale.text(), timescale.due().orElse(null), inv.at());
            String detail = action.timescale() + " → " + timescale.text() + (why.isBlank() ? "" : " (" + why + ")");
            store.record(action.id(), ActionEvent.Kind.REDATED, detail, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.REDATED, detail);
        });
    }

    public Changed assign(Invocation inv, ActionRef ref, List<Who> owners) {
        if (owners.isEmpty()) {
            throw new CommandError("Say who the action is for.", "");
        }
        return change(inv, ref, (group, action, store, handle) -> {
            GroupService.requireOfficer(group, inv, "reassign actions");
            requireOpen(action, "reassigned");
            store.replaceOwners(action.id(), owners);
            store.touch(action.id(), inv.at());
            String detail = ActionEvent.ownersDetail(owners);
            store.record(action.id(), ActionEvent.Kind.REASSIGNED, detail, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.REASSIGNED, detail);
        });
    }

    public Changed drop(Invocation inv, ActionRef ref, String reason) {
        TextLimits.requireAtMost(reason, TextLimits.NOTE, "A reason");
        return change(inv, ref, (group, action, store, handle) -> {
            GroupService.requireOfficer(group, inv, "drop actions");
            requireOpen(action, "dropped");
            store.setStatus(action.id(), ActionStatus.DROPPED.storeName(), inv.at());
            store.record(action.id(), ActionEvent.Kind.DROPPED, reason, inv.userId(), inv.at());
            return new Outcome(ActionEvent.Kind.DROPPED, reason);
        });
    }

    public Shown show(Invocation inv, ActionRef ref) {
        return jdbi.inTransaction(handle -> {
            Located located = locate(handle, inv, ref);
            Action action = located.action();
            return new Shown(located.group(), action, handle.attach(ActionStore.class).history(action.id()),
                    today(located.group(), inv), meetings.origin(handle, action), PlanService.planOf(handle, action.id()));
        });
    }

    private record Outcome(ActionEvent.Kind kind, String detail) {
    }

    @FunctionalInterface
    private interface Change {
        Outcome apply(ThemeGroup group, Action action, ActionStore store, Handle handle);
    }

    private record Located(ThemeGroup group, Action action) {
    }

    /**
     * By ref in the channel's group; by id only in the requester's own workspace, so a forged id
     * from elsewhere finds nothing.
     */
    private static Located locate(Handle handle, Invocation inv, ActionRef ref) {
        GroupStore groups = handle.attach(GroupStore.class);
        ActionStore actions = handle.attach(ActionStore.class);
        if (ref instanceof ActionRef.Numbered numbered) {
            ThemeGroup group = GroupService.requireIn(groups, inv);
            Action action = actions.find(group.id(), numbered.number()).orElseThrow(() -> new CommandError(
                    "There is no action " + Action.ref(numbered.number()) + " in this group. "
                            + "`/action list all` shows them.", ""));
            return new Located(group, action);
        }
        long id = ((ActionRef.Id) ref).id();
        return actions.findById(id)
                .flatMap(action -> groups.findById(action.groupId())
                        .filter(group -> group.workspaceId().equals(inv.workspaceId()))
                        .map(group -> new Located(group, action)))
                .orElseThrow(() -> new CommandError("That action no longer exists.", ""));
    }

    /** Finds the action, applies one change and its history entry in one transaction. */
    private Changed change(Invocation inv, ActionRef ref, Change change) {
        return jdbi.inTransaction(handle -> applied(handle, inv, locate(handle, inv, ref), change));
    }

    /**
     * A change by a named owner through a mail link: the link was signed for this action, so it is
     * found by id alone; the person must still be one of its owners.
     */
    private Changed changeByMail(long actionId, String person, Instant at, Change change) {
        return jdbi.inTransaction(handle -> {
            Action action = handle.attach(ActionStore.class).findById(actionId)
                    .orElseThrow(() -> new CommandError("That action no longer exists.", ""));
            ThemeGroup group = handle.attach(GroupStore.class).findById(action.groupId())
                    .orElseThrow(() -> new CommandError("That action's group no longer exists.", ""));
            boolean owner = action.owners().stream()
                    .anyMatch(o -> o instanceof Who.Named named && ContactNames.same(named.name(), person));
            if (!owner) {
                throw new CommandError(person + " is no longer an owner of " + action.ref() + ", so this link cannot "
                        + "change it. The group's secretary can.", "");
            }
            Invocation inv = new Invocation(group.workspaceId(), group.channelId(), null, ActionEvent.byMail(person), at);
            return applied(handle, inv, new Located(group, action), change);
        });
    }

    private Changed applied(Handle handle, Invocation inv, Located located, Change change) {
        ThemeGroup group = located.group();
        ActionStore store = handle.attach(ActionStore.class);
        Outcome outcome = change.apply(group, located.action(), store, handle);
        Action after = store.findById(located.action().id()).orElseThrow();
        meetings.noteReview(handle, group.id(), after, reviewNote(after, outcome), inv);
        return new Changed(group, after, outcome.kind(), outcome.detail());
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

    private Timescale resolve(Handle handle, ThemeGroup group, Invocation inv, String typed) {
        try {
            return timescales.parse(typed, today(group, inv), () -> meetings.nextMeeting(handle, group.id()));
        } catch (InvalidTimescale e) {
            throw new InvalidAction(InvalidAction.Field.TIMESCALE, e.getMessage());
        }
    }

    private static LocalDate today(ThemeGroup group, Invocation inv) {
        return LocalDate.ofInstant(inv.at(), group.zone());
    }

    /**
     * Owners, their proxies, and the group's officers may change an action. "ALL" makes everyone
     * in the group's channel an owner, so it counts only for requests from that channel: a button
     * pressed elsewhere cannot prove its presser is in it.
     */
    private void requireOwnerOrOfficer(Handle handle, ThemeGroup group, Action action, Invocation inv, String what) {
        boolean named = action.owners().stream().anyMatch(o -> o instanceof Who.SlackUser user
                && user.userId().equals(inv.userId()));
        boolean everyoneHere = group.channelId().equals(inv.channelId())
                && action.owners().stream().anyMatch(o -> o instanceof Who.Everyone);
        boolean proxy = action.owners().stream().anyMatch(owner -> owner instanceof Who.Named name
                && proxies.actsFor(handle, group.id(), inv.userId(), name));
        if (!named && !everyoneHere && !group.isChairOrSecretary(inv.userId()) && !proxy) {
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
