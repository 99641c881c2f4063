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
import org.themebot.actions.ActionStatus;
import org.themebot.actions.ActionStore;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Columns;
import org.themebot.commands.CommandError;
import org.themebot.commands.Invocation;
import org.themebot.commands.SlackText;
import org.themebot.commands.TextLimits;
import org.themebot.commands.Timescale;
import org.themebot.commands.TimescaleParser;
import org.themebot.commands.WhoParser;
import org.themebot.export.ExportFormat;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Who;

/** Taking a meeting: start, attendance, agenda items, notes, the next date, end, and what to export. */
public final class MeetingService implements MeetingLink {

    public static final String START_FORM = "/meeting start [date] [| title]";
    public static final String PRESENT_FORM = "/meeting present <who>";
    public static final String APOLOGIES_FORM = "/meeting apologies <who>";
    public static final String ITEM_FORM = "/meeting item <title>";
    public static final String NOTE_FORM = "/meeting note <text>";
    public static final String NEXT_FORM = "/meeting next <date>";
    public static final String END_FORM = "/meeting end";
    public static final String EXPORT_FORM = "/meeting export [docx|md|csv|html] [meeting ref, e.g. M2]";
    public static final String LIST_FORM = "/meeting list";

    static final int MAX_TITLE = 500;

    private static final Pattern MEETING_REF = Pattern.compile("(?i)m(\\d{1,9})");

    private final Jdbi jdbi;
    private final TimescaleParser timescales = new TimescaleParser();
    private final Tabling tabling;

    public MeetingService(Jdbi jdbi) {
        this(jdbi, Tabling.NONE);
    }

    public MeetingService(Jdbi jdbi, Tabling tabling) {
        this.jdbi = jdbi;
        this.tabling = tabling;
    }

    public record Started(ThemeGroup group, Meeting meeting, List<Action> mattersArising, LocalDate today,
                          List<Tabling.Tabled> tabled) {
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

    public Started start(Invocation inv, String args) {
        List<String> columns = Columns.split(args);
        if (columns.size() > 2) {
            throw new CommandError("Too many | columns: a meeting has a date and a title.", START_FORM);
        }
        String title = columns.size() > 1 ? SlackText.plain(columns.get(1)).strip() : "";
        TextLimits.requireAtMost(title, MAX_TITLE, "A meeting title", START_FORM);
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            GroupService.requireOfficer(group, inv, "start a meeting");
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Optional<Meeting> open = meetings.open(group.id());
            if (open.isPresent()) {
                throw new CommandError(open.get().ref() + " of " + open.get().date() + " is still open: end it first.",
                        END_FORM);
            }
            LocalDate today = LocalDate.ofInstant(inv.at(), group.zone());
            String typedDate = SlackText.plain(columns.get(0)).strip();
            LocalDate date = typedDate.isEmpty() ? today : MeetingDate.parse(typedDate, today, START_FORM);
            int number = meetings.takeMeetingNumber(group.id());
            long id = meetings.insert(group.id(), number, date, title, inv.userId(), inv.at());
            List<Action> open_actions = handle.attach(ActionStore.class).byStatus(group.id(), List.of(ActionStatus.OPEN));
            return new Started(group, meetings.byId(id).orElseThrow(), open_actions, today,
                    tabling.takeTabled(handle, group.id(), id, inv.at()));
        });
    }

    public AttendanceChanged attend(Invocation inv, Attendance list, String args) {
        String form = list == Attendance.PRESENT ? PRESENT_FORM : APOLOGIES_FORM;
        List<Who> people = WhoParser.parse(args);
        if (people.isEmpty()) {
            throw new CommandError("Name at least one person.", form);
        }
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = requireOpen(meetings, group, form);
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

    public ItemAdded item(Invocation inv, String args) {
        String title = SlackText.plain(args).strip();
        if (title.isEmpty()) {
            throw new CommandError("Give the agenda item a title.", ITEM_FORM);
        }
        TextLimits.requireAtMost(title, MAX_TITLE, "An agenda item's title", ITEM_FORM);
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = requireOpen(meetings, group, ITEM_FORM);
            long id = meetings.insertItem(meeting.id(), title, meetings.takePosition(meeting.id()), inv.userId(), inv.at());
            AgendaItem item = meetings.items(meeting.id()).stream().filter(i -> i.id() == id).findFirst().orElseThrow();
            return new ItemAdded(group, meeting, item);
        });
    }

    public NoteAdded note(Invocation inv, String args) {
        String text = SlackText.plain(args).strip();
        if (text.isEmpty()) {
            throw new CommandError("Say what to note.", NOTE_FORM);
        }
        TextLimits.requireAtMost(text, TextLimits.NOTE, "A note", NOTE_FORM);
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = requireOpen(meetings, group, NOTE_FORM);
            Optional<AgendaItem> item = meetings.currentItem(meeting.id());
            meetings.insertNote(meeting.id(), item.map(AgendaItem::id).orElse(null), meetings.takePosition(meeting.id()),
                    text, null, inv.userId(), inv.at());
            return new NoteAdded(meeting, item);
        });
    }

    /** Sets the date of the next meeting, and re-dates every open "next meeting" action to it. */
    public NextSet next(Invocation inv, String args) {
        String typed = SlackText.plain(args).strip();
        if (typed.isEmpty()) {
            throw new CommandError("Say the date of the next meeting.", NEXT_FORM);
        }
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            GroupService.requireOfficer(group, inv, "set the date of the next meeting");
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = meetings.open(group.id()).or(() -> meetings.latest(group.id()))
                    .orElseThrow(() -> new CommandError("This group has had no meeting yet.", START_FORM));
            LocalDate today = LocalDate.ofInstant(inv.at(), group.zone());
            LocalDate next = MeetingDate.parse(typed, today, NEXT_FORM);
            if (next.isBefore(meeting.date())) {
                throw new CommandError("The next meeting cannot be before this one (" + meeting.date() + ").", NEXT_FORM);
            }
            meetings.setNextMeeting(meeting.id(), next);
            int redated = redateNextMeetingActions(handle, group, today, next, inv);
            return new NextSet(group, meetings.byId(meeting.id()).orElseThrow(), next, redated);
        });
    }

    public Ended end(Invocation inv, String args) {
        if (!args.isBlank()) {
            throw new CommandError("/meeting end takes nothing after it.", END_FORM);
        }
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            GroupService.requireOfficer(group, inv, "end a meeting");
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = requireOpen(meetings, group, END_FORM);
            meetings.end(meeting.id(), inv.at());
            tabling.discussed(handle, meeting.id(), inv.at());
            return new Ended(group, meetings.byId(meeting.id()).orElseThrow(), meetings.items(meeting.id()),
                    handle.attach(ActionStore.class).ofMeeting(meeting.id()));
        });
    }

    /** Checks an export request: format, meeting (default: the latest) and rights. */
    public Export export(Invocation inv, String args) {
        ExportFormat format = ExportFormat.DOCX;
        String meetingRef = null;
        for (String word : args.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            Optional<ExportFormat> asFormat = ExportFormat.parse(word);
            if (asFormat.isPresent()) {
                format = asFormat.get();
            } else if (meetingRef == null) {
                meetingRef = word;
            } else {
                throw new CommandError("I could not read '" + SlackText.plain(args.strip()) + "'.", EXPORT_FORM);
            }
        }
        ExportFormat chosen = format;
        String ref = meetingRef;
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            GroupService.requireOfficer(group, inv, "export action notes");
            MeetingStore meetings = handle.attach(MeetingStore.class);
            Meeting meeting = ref == null
                    ? meetings.latest(group.id()).orElseThrow(() -> new CommandError(
                            "This group has no meetings to export yet.", START_FORM))
                    : find(meetings, group, ref, inv);
            return new Export(group, meeting, chosen);
        });
    }

    /** The export for a meeting known by id (an export button), with the same checks as the command. */
    public Export export(Invocation inv, long meetingId, ExportFormat format) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = group(handle, inv);
            GroupService.requireOfficer(group, inv, "export action notes");
            Meeting meeting = handle.attach(MeetingStore.class).byId(meetingId)
                    .filter(m -> m.groupId() == group.id())
                    .orElseThrow(() -> new CommandError("That meeting is not one of this group's.", EXPORT_FORM));
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

    // ---- MeetingLink: what actions need of meetings

    @Override
    public Optional<Filing> takeFiling(Handle handle, long groupId, Optional<Long> chosenItemId) {
        MeetingStore meetings = handle.attach(MeetingStore.class);
        return meetings.open(groupId).map(m -> {
            Optional<AgendaItem> chosen = chosenItemId.flatMap(id -> meetings.items(m.id()).stream()
                    .filter(item -> item.id() == id).findFirst());
            Long itemId = chosen.or(() -> meetings.currentItem(m.id())).map(AgendaItem::id).orElse(null);
            return new Filing(m.id(), itemId, meetings.takePosition(m.id()));
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

    @Override
    public void noteReview(Handle handle, long groupId, Action action, String note, Invocation inv) {
        MeetingStore meetings = handle.attach(MeetingStore.class);
        meetings.open(groupId)
                .filter(m -> !action.meetingId().equals(Optional.of(m.id())))
                .ifPresent(m -> meetings.insertNote(m.id(), meetings.currentItem(m.id()).map(AgendaItem::id).orElse(null),
                        meetings.takePosition(m.id()), note, action.id(), inv.userId(), inv.at()));
    }

    @Override
    public Optional<LocalDate> nextMeeting(Handle handle, long groupId) {
        return handle.attach(MeetingStore.class).latest(groupId).flatMap(Meeting::nextMeeting);
    }

    // ---- helpers

    private int redateNextMeetingActions(Handle handle, ThemeGroup group, LocalDate today, LocalDate next, Invocation inv) {
        ActionStore actions = handle.attach(ActionStore.class);
        int redated = 0;
        for (Action action : actions.byStatus(group.id(), List.of(ActionStatus.OPEN))) {
            Timescale timescale = timescales.parse(action.timescale(), today, Optional.of(next));
            if (timescale.kind() == Timescale.Kind.NEXT_MEETING && !timescale.due().equals(action.due())) {
                actions.setTimescale(action.id(), action.timescale(), next, inv.at());
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
            found = meetings.rowByDate(group.id(), MeetingDate.parse(SlackText.plain(ref), today, EXPORT_FORM))
                    .map(MeetingStore.MeetingRow::toMeeting);
        }
        return found.orElseThrow(() -> new CommandError("This group has no meeting " + SlackText.plain(ref)
                + ". `/meeting list` shows them.", EXPORT_FORM));
    }

    private static ThemeGroup group(Handle handle, Invocation inv) {
        return GroupService.requireIn(handle.attach(GroupStore.class), inv);
    }

    private static Meeting requireOpen(MeetingStore meetings, ThemeGroup group, String form) {
        return meetings.open(group.id()).orElseThrow(() -> new CommandError(
                "No meeting is open in this group. Start one with `" + START_FORM + "`.", form));
    }
}
