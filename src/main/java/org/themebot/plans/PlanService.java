package org.themebot.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.actions.Action;
import org.themebot.actions.ActionStore;
import org.themebot.commands.CommandError;
import org.themebot.timescale.InvalidTimescale;
import org.themebot.commands.Invocation;
import org.themebot.commands.TextLimits;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.meetings.Meeting;
import org.themebot.meetings.MeetingStore;
import org.themebot.people.Names;

/**
 * A group's action plan: every {@code /plan} subcommand, {@code /action link}, the plan-review
 * setting, and what meetings and the digest read of the plan. Chairs and secretaries change the
 * plan; anyone in the group's channel may read it and add review comments.
 */
public final class PlanService {

    private final Jdbi jdbi;
    private final MeetingNotes meetingNotes;

    public PlanService(Jdbi jdbi, MeetingNotes meetingNotes) {
        this.jdbi = jdbi;
        this.meetingNotes = meetingNotes;
    }

    /** Reviews are not copied into meeting notes. */
    public PlanService(Jdbi jdbi) {
        this(jdbi, MeetingNotes.NONE);
    }

    /** An objective as it now is, with its group. */
    public record Changed(ThemeGroup group, PlanItem item) {
    }

    /** A review comment recorded, and the meeting it was made at when one was open (its notes take it too). */
    public record Reviewed(ThemeGroup group, PlanItem item, PlanReview review, Optional<Meeting> meeting) {
    }

    /** An action linked to an objective. */
    public record Linked(ThemeGroup group, Action action, PlanItem item) {
    }

    public record Listed(ThemeGroup group, PlanFilter filter, List<PlanItem> items) {
    }

    /** Everything about one objective: its review history (oldest first) and linked actions. */
    public record Shown(ThemeGroup group, PlanItem item, List<PlanReview> reviews, List<LinkedAction> actions) {

        public List<LinkedAction> doneActions() {
            return actions.stream().filter(LinkedAction::done).toList();
        }

        public List<LinkedAction> openActions() {
            return actions.stream().filter(LinkedAction::isOpen).toList();
        }
    }

    /** The plan as it stands, for export: render with {@link PlanExport#toActionPlan}. */
    public record PlanExport(ThemeGroup group, GroupPlan plan, LocalDate today) {

        public ActionPlan toActionPlan(Names names) {
            return ActionPlan.of(group.name(), plan, group.zone(), today, names);
        }

        /** "action-plan-2008-11-12.docx". */
        public String fileName(DocumentFormat format) {
            return "action-plan-" + today + "." + format.extension();
        }
    }

    public Changed add(Invocation inv, PlanDraft typed) {
        PlanDraft draft = typed.checked();
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officerGroup(handle, inv, "add to the action plan");
            PlanTimescale timescale = timescale(handle, group, inv, draft.timescale());
            PlanStore store = handle.attach(PlanStore.class);
            long id = store.insert(group.id(), draft, timescale, inv.userId(), inv.at());
            return new Changed(group, store.itemById(id).orElseThrow());
        });
    }

    /** Checks, before the form opens, that the typer may add to this channel's plan. */
    public ThemeGroup addForm(Invocation inv) {
        return jdbi.inTransaction(handle -> officerGroup(handle, inv, "add to the action plan"));
    }

    /** Replaces the five columns of an objective (the modal again); ticks of unchanged measurables stay. */
    public Changed edit(Invocation inv, int number, PlanDraft typed) {
        PlanDraft draft = typed.checked();
        return change(inv, number, "edit the action plan", (handle, found) -> {
            PlanTimescale timescale = timescale(handle, found.group(), inv, draft.timescale());
            handle.attach(PlanStore.class).update(found.item(), draft, timescale, inv.at());
        });
    }

    /** What the edit modal starts from; officers only, as the edit is. */
    public Changed editForm(Invocation inv, int number) {
        return change(inv, number, "edit the action plan", (handle, found) -> {
        });
    }

    public Listed list(Invocation inv, PlanFilter filter) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            PlanStore store = handle.attach(PlanStore.class);
            List<PlanItem> items = store.items(group.id());
            List<PlanItem> chosen = switch (filter) {
                case OPEN -> items.stream().filter(i -> i.status().isActive()).toList();
                case ALL -> items;
                case AT_RISK -> items.stream().filter(i -> i.status() == PlanStatus.AT_RISK).toList();
                case DUE -> PlanRules.dueForReview(items, store.reviews(group.id()), store.cadence(group.id()),
                        today(group, inv), group.zone());
            };
            return new Listed(group, filter, chosen);
        });
    }

    public Shown show(Invocation inv, int number) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            PlanItem item = find(handle, group, number);
            return GroupPlan.read(handle, group.id()).shown(group, item);
        });
    }

    /** Sets the status; the change and its comment go into the review history, dated. */
    public Changed status(Invocation inv, int number, PlanStatus status, Optional<String> comment) {
        Optional<String> text = comment.map(String::strip).filter(c -> !c.isEmpty());
        text.ifPresent(c -> TextLimits.requireAtMost(c, TextLimits.NOTE, "A comment"));
        return change(inv, number, "change the status of an objective", (handle, found) -> {
            PlanStore store = handle.attach(PlanStore.class);
            store.setStatus(found.item().id(), status.word(), text.orElse(null), inv.at());
            store.insertReview(found.item().id(), PlanReview.Kind.STATUS.storeName(),
                    status.label() + text.map(c -> ": " + c).orElse(""), inv.userId(),
                    openMeeting(handle, found.group()).map(Meeting::id).orElse(null), inv.at());
        });
    }

    /**
     * A dated review comment, by anyone in the group. Made during a meeting, it is marked with
     * that meeting and recorded in its notes too, under the item in progress.
     */
    public Reviewed review(Invocation inv, int number, String comment) {
        String text = comment.strip();
        if (text.isEmpty()) {
            throw new CommandError("Say what the review found.", "");
        }
        TextLimits.requireAtMost(text, TextLimits.NOTE, "A review comment");
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            PlanItem item = find(handle, group, number);
            Optional<Meeting> meeting = openMeeting(handle, group);
            PlanStore store = handle.attach(PlanStore.class);
            long id = store.insertReview(item.id(), PlanReview.Kind.COMMENT.storeName(), text, inv.userId(),
                    meeting.map(Meeting::id).orElse(null), inv.at());
            store.touch(item.id(), inv.at());
            meeting.ifPresent(open -> meetingNotes.noteReview(handle, open.id(), item,
                    item.ref() + " " + item.objective() + " — review: " + text, inv));
            PlanReview review = store.reviews(group.id()).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
            return new Reviewed(group, item, review, meeting);
        });
    }

    /** Ticks (or unticks) measurable {@code n} of an objective. */
    public Changed measure(Invocation inv, int number, int measurable, boolean done) {
        return change(inv, number, "tick measurables", (handle, found) -> {
            int count = found.item().measurables().size();
            if (measurable < 1 || measurable > count) {
                throw new CommandError(found.item().ref() + (count == 0 ? " has no measurables yet (/plan edit "
                        + found.item().ref() + " adds them)." : " has measurables 1 to " + count + "."), "");
            }
            PlanStore store = handle.attach(PlanStore.class);
            store.markMeasure(found.item().id(), measurable, done ? inv.at() : null);
            store.touch(found.item().id(), inv.at());
        });
    }

    /** Links an action of this group to one of its objectives; linking it again moves it. */
    public Linked link(Invocation inv, int actionNumber, int planNumber) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officerGroup(handle, inv, "link actions to the action plan");
            Action action = handle.attach(ActionStore.class).find(group.id(), actionNumber).orElseThrow(() ->
                    new CommandError("This group has no action " + Action.ref(actionNumber) + ".", ""));
            PlanItem item = find(handle, group, planNumber);
            handle.attach(PlanStore.class).link(action.id(), item.id(), inv.userId(), inv.at());
            return new Linked(group, action, item);
        });
    }

    /** The objective an action serves, if any: for {@code /action show}. */
    public static Optional<PlanItem> planOf(Handle handle, long actionId) {
        PlanStore store = handle.attach(PlanStore.class);
        return store.planItemIdOf(actionId).flatMap(store::itemById);
    }

    /**
     * The objectives a new action may be linked to from its form: the open ones, for the chairs
     * and secretaries who may link (nobody else is offered the choice).
     */
    public List<PlanItem> linkable(Invocation inv) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
            return group.isChairOrSecretary(inv.userId()) ? handle.attach(PlanStore.class).items(group.id()).stream()
                    .filter(item -> item.status().isActive()).toList() : List.of();
        });
    }

    public ReviewCadence setReviewCadence(Invocation inv, ReviewCadence cadence) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officerGroup(handle, inv, "change how the plan is reviewed");
            handle.attach(PlanStore.class).setCadence(group.id(), cadence.word());
            return cadence;
        });
    }

    public PlanExport export(Invocation inv) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officerGroup(handle, inv, "export the action plan");
            return new PlanExport(group, GroupPlan.read(handle, group.id()), today(group, inv));
        });
    }

    /** The open objectives a meeting of the group on {@code meetingDate} reviews: for {@code /meeting start}. */
    public static List<PlanItem> dueForReview(Handle handle, ThemeGroup group, LocalDate meetingDate) {
        PlanStore store = handle.attach(PlanStore.class);
        return PlanRules.dueForReview(store.items(group.id()), store.reviews(group.id()), store.cadence(group.id()),
                meetingDate, group.zone());
    }

    /** The digest's plan line for {@code today} (group time), read through the digest's handle. */
    public static PlanRules.DigestLine forDigest(Handle handle, ThemeGroup group, LocalDate today) {
        PlanStore store = handle.attach(PlanStore.class);
        return PlanRules.digestLine(store.items(group.id()), store.reviews(group.id()), today, group.zone());
    }

    // ---- helpers

    private record Found(ThemeGroup group, PlanItem item) {
    }

    @FunctionalInterface
    private interface Change {
        void apply(Handle handle, Found found);
    }

    /** Finds the objective, checks the typer is an officer, applies the change, and returns the objective as it now is. */
    private Changed change(Invocation inv, int number, String what, Change change) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officerGroup(handle, inv, what);
            PlanItem item = find(handle, group, number);
            change.apply(handle, new Found(group, item));
            return new Changed(group, find(handle, group, number));
        });
    }

    private static ThemeGroup officerGroup(Handle handle, Invocation inv, String what) {
        ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
        GroupService.requireOfficer(group, inv, what);
        return group;
    }

    private static PlanItem find(Handle handle, ThemeGroup group, int number) {
        return handle.attach(PlanStore.class).item(group.id(), number).orElseThrow(() ->
                new CommandError("This group's plan has no " + PlanItem.ref(number) + ".", ""));
    }

    private static Optional<Meeting> openMeeting(Handle handle, ThemeGroup group) {
        return handle.attach(MeetingStore.class).open(group.id());
    }

    static PlanTimescale timescale(Handle handle, ThemeGroup group, Invocation inv, String typed) {
        Optional<LocalDate> nextMeeting = handle.attach(MeetingStore.class).latest(group.id())
                .flatMap(Meeting::nextMeeting);
        try {
            return PlanTimescale.read(typed, today(group, inv), nextMeeting);
        } catch (InvalidTimescale e) {
            throw new InvalidPlan(InvalidPlan.Field.TIMESCALE, e.getMessage());
        }
    }

    static LocalDate today(ThemeGroup group, Invocation inv) {
        return LocalDate.ofInstant(inv.at(), group.zone());
    }
}
