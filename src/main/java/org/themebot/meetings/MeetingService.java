package org.themebot.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.actions.Action;
import org.themebot.actions.ActionService;
import org.themebot.actions.ActionStatus;
import org.themebot.actions.ActionStore;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.TextLimits;
import org.themebot.commands.Timescale;
import org.themebot.commands.TimescaleParser;
import org.themebot.export.ExportFormat;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;
import org.themebot.plans.MeetingNotes;
import org.themebot.plans.PlanItem;
import org.themebot.plans.PlanService;

/**
 * Taking a meeting: start, attendance, agenda items, notes, the next date, end, and what to
 * export. Requests come typed (plain text, people resolved); the Slack layer adds the correct form.
 * A plan review made while a meeting is open is noted here too ({@link MeetingNotes}).
 */
public final class MeetingService implements MeetingNotes {


    static final int MAX_TITLE = 500;

    private static final Pattern MEETING_REF = Pattern.compile("(?i)m(\\d{1,9})");

    private final Jdbi jdbi;
    private final TimescaleParser timescales = new TimescaleParser();
    private final Tabling tabling;
    private final ActionService actions;

    public MeetingService(Jdbi jdbi, Tabling tabling, ActionService actions) {
        this.jdbi = jdbi;
        this.tabling = tabling;
        this.actions = actions;
    }

    /** A meeting opened: matters arising, the good practice tabled, and the plan objectives it reviews. */
    public record Started(ThemeGroup group, Meeting meeting, List<Action> mattersArising, LocalDate today,
                          List<Tabling.Tabled> tabled, List<PlanItem> planReview) {
    }

    public record AttendanceChanged(ThemeGroup group, Meeting meeting, Attendance list, List<Who> added, List<Who> all) {
    }

    public record ItemAdded(ThemeGroup group, Meeting meeting, AgendaItem item) {
    }

    public record NoteAdded(Meeting meeting, Optional<AgendaItem> item) {
    }

    public record NextSet(ThemeGroup group, Meeting meeting, LocalDate next, int actionsRedated) {
    }

    public record Ended(ThemeGroup group, Meeting meeting, List<AgendaItem> items, List<Action> actions) {
    }

    /** A checked export: the meeting exists and the typer may export it; rendering comes after the ack. */
    public record Export(ThemeGroup group, Meeting meeting, ExportFormat format) {
    }

    public record Listed(ThemeGroup group, List<Meeting> meetings) {
    }

    /** Opens a meeting on the day typed (empty: today), with an optional title. */
    public Started start(Invocation inv, String typedDate, String title) {
        TextLimits.requireAtMost(title, MAX_TITLE, "A meeting title");
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            GroupService.requireOfficer(group, inv, "start a meeting");
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Optional<Meeting> open = meetings.open(group.id());
            if (open.isPresent()) {
                throw new CommandError(open.get().ref() + " of " + open.get().date() + " is still open: end it "
                        + "first with `/meeting end`.", "");
            }
            LocalDate today = LocalDate.ofInstant(inv.at(), group.zone());
            LocalDate date = typedDate.isBlank() ? today : MeetingDate.parse(typedDate.strip(), today);
            int number = handle.attach(GroupStore.class).takeMeetingNumber(group.id());
            long id = meetings.insert(group.id(), number, date, title, inv.userId(), inv.at());
            List<Action> open_actions = handle.attach(ActionStore.class).byStatus(group.id(), List.of(ActionStatus.OPEN));
            return new Started(group, meetings.byId(id).orElseThrow(), open_actions, today,
                    tabling.takeTabled(handle, group.id(), id, inv.at()), PlanService.dueForReview(handle, group, date));
        });
    }

    public AttendanceChanged attend(Invocation inv, Attendance list, List<Who> people) {
        if (people.isEmpty()) {
            throw new CommandError("Name at least one person.", "");
        }
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = requireOpen(meetings, group);
            List<Who> already = meetings.attendees(meeting.id(), list);
            List<Who> added = new ArrayList<>();
            for (Who who : people) {
                if (!already.contains(who)) {
                    meetings.addAttendee(meeting.id(), list.storeName(), who.kind(), who.value());
                    added.add(who);
                }
            }
            return new AttendanceChanged(group, meeting, list, added, meetings.attendees(meeting.id(), list));
        });
    }

    public ItemAdded item(Invocation inv, String title) {
        if (title.isBlank()) {
            throw new CommandError("Give the agenda item a title.", "");
        }
        TextLimits.requireAtMost(title, MAX_TITLE, "An agenda item's title");
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = requireOpen(meetings, group);
            long id = meetings.insertItem(meeting.id(), title.strip(), meetings.takePosition(meeting.id()), inv.userId(), inv.at());
            AgendaItem item = meetings.items(meeting.id()).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
            return new ItemAdded(group, meeting, item);
        });
    }

    public NoteAdded note(Invocation inv, String text) {
        if (text.isBlank()) {
            throw new CommandError("Say what to note.", "");
        }
        TextLimits.requireAtMost(text, TextLimits.NOTE, "A note");
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = requireOpen(meetings, group);
            Optional<AgendaItem> item = meetings.currentItem(meeting.id());
            meetings.insertNote(meeting.id(), item.map(AgendaItem::id).orElse(null), meetings.takePosition(meeting.id()),
                    text.strip(), null, inv.userId(), inv.at());
            return new NoteAdded(meeting, item);
        });
    }

    /** Sets the date of the next meeting, and re-dates every open "next meeting" action to it. */
    public NextSet next(Invocation inv, String typed) {
        if (typed.isBlank()) {
            throw new CommandError("Say the date of the next meeting.", "");
        }
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            GroupService.requireOfficer(group, inv, "set the date of the next meeting");
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = meetings.open(group.id()).or(() -> meetings.latest(group.id()))
                    .orElseThrow(() -> new CommandError("This group has had no meeting yet: start one with "
                            + "`/meeting start`.", ""));
            LocalDate today = LocalDate.ofInstant(inv.at(), group.zone());
            LocalDate next = MeetingDate.parse(typed.strip(), today);
            if (next.isBefore(meeting.date())) {
                throw new CommandError("The next meeting cannot be before this one (" + meeting.date() + ").", "");
            }
            meetings.setNextMeeting(meeting.id(), next);
            int redated = redateNextMeetingActions(handle, group, today, next, inv);
            return new NextSet(group, meetings.byId(meeting.id()).orElseThrow(), next, redated);
        });
    }

    public Ended end(Invocation inv) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            GroupService.requireOfficer(group, inv, "end a meeting");
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = requireOpen(meetings, group);
            meetings.end(meeting.id(), inv.at());
            tabling.discussed(handle, meeting.id(), inv.at());
            return new Ended(group, meetings.byId(meeting.id()).orElseThrow(), meetings.items(meeting.id()),
                    handle.attach(ActionStore.class).ofMeeting(meeting.id()));
        });
    }

    /** Checks an export request: the meeting (by ref like M2 or by date; default the latest) and rights. */
    public Export export(Invocation inv, ExportFormat format, Optional<String> meetingRef) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            GroupService.requireOfficer(group, inv, "export action notes");
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = meetingRef.isEmpty()
                    ? meetings.latest(group.id()).orElseThrow(() -> new CommandError(
                            "This group has no meetings to export yet: start one with `/meeting start`.", ""))
                    : find(meetings, group, meetingRef.get(), inv);
            return new Export(group, meeting, format);
        });
    }

    /** The export for a meeting known by id (an export button), with the same checks as the command. */
    public Export export(Invocation inv, long meetingId, ExportFormat format) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            GroupService.requireOfficer(group, inv, "export action notes");
            Meeting meeting = handle.attach(MeetingStore.class).byId(meetingId)
                    .filter(m -> m.groupId() == group.id())
                    .orElseThrow(() -> new CommandError("That meeting is not one of this group's.", ""));
            return new Export(group, meeting, format);
        });
    }

    public Listed list(Invocation inv) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            return new Listed(group, handle.attach(MeetingStore.class).rows(group.id()).stream()
                    .map(MeetingStore.MeetingRow::toMeeting).toList());
        });
    }

    /** Everything recorded for one meeting, read in one transaction, for its action notes. */
    public MeetingRecord record(Export export) {
        return jdbi.inTransaction(handle -> {
            MeetingStore meetings = handle.attach(MeetingStore.class);
            long id = export.meeting().id();
            return new MeetingRecord(export.group(), meetings.byId(id).orElseThrow(),
                    meetings.attendees(id, Attendance.PRESENT), meetings.attendees(id, Attendance.APOLOGIES),
                    meetings.items(id), meetings.notes(id), handle.attach(ActionStore.class).ofMeeting(id),
                    tabling.tabledAt(handle, id));
        });
    }

    /** The open meeting's agenda, for a form that files a new action under one of its items. */
    public record OpenAgenda(Meeting meeting, List<AgendaItem> items, Optional<AgendaItem> current) {
    }

    public Optional<OpenAgenda> openAgenda(long groupId) {
        return jdbi.withHandle(handle -> {
            MeetingStore meetings = handle.attach(MeetingStore.class);
            return meetings.open(groupId).map(m -> new OpenAgenda(m, meetings.items(m.id()), meetings.currentItem(m.id())));
        });
    }

    /** A plan review typed during the meeting, in its notes under the item in progress, in the review's transaction. */
    @Override
    public void noteReview(Handle handle, long meetingId, PlanItem item, String text, Invocation inv) {
        MeetingStore meetings = handle.attach(MeetingStore.class);
        meetings.insertNote(meetingId, meetings.currentItem(meetingId).map(AgendaItem::id).orElse(null),
                meetings.takePosition(meetingId), text, null, inv.userId(), inv.at());
    }

    // ---- helpers

    /** "next meeting" actions move with the date, through the actions feature, which records it in their history. */
    private int redateNextMeetingActions(Handle handle, ThemeGroup group, LocalDate today, LocalDate next, Invocation inv) {
        int redated = 0;
        for (Action action : handle.attach(ActionStore.class).byStatus(group.id(), List.of(ActionStatus.OPEN))) {
            Timescale timescale = timescales.parse(action.timescale(), today, Optional.of(next));
            if (timescale.kind() == Timescale.Kind.NEXT_MEETING && !timescale.due().equals(action.due())) {
                actions.redate(inv, action.id(), timescale, "the next meeting is " + next);
                redated++;
            }
        }
        return redated;
    }

    private static Meeting find(MeetingStore meetings, ThemeGroup group, String ref, Invocation inv) {
        Matcher m = MEETING_REF.matcher(ref);
        Optional<Meeting> found;
        if (m.matches()) {
            found = meetings.rowByNumber(group.id(), Integer.parseInt(m.group(1))).map(MeetingStore.MeetingRow::toMeeting);
        } else {
            LocalDate today = LocalDate.ofInstant(inv.at(), group.zone());
            found = meetings.rowByDate(group.id(), MeetingDate.parse(ref, today))
                    .map(MeetingStore.MeetingRow::toMeeting);
        }
        return found.orElseThrow(() -> new CommandError("This group has no meeting " + ref
                + ". `/meeting list` shows them.", ""));
    }

    private static ThemeGroup group(Handle handle, Invocation inv) {
        return GroupService.requireIn(handle.attach(GroupStore.class), inv);
    }

    private static Meeting requireOpen(MeetingStore meetings, ThemeGroup group) {
        return meetings.open(group.id()).orElseThrow(() -> new CommandError(
                "No meeting is open in this group. Start one with `/meeting start [date] [| title]`.", ""));
    }
}
