package org.themebot.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.themebot.actions.Action;
import org.themebot.actions.ActionService;
import org.themebot.actions.ActionStore;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.CommandError;
import org.themebot.timescale.InvalidTimescale;
import org.themebot.commands.Invocation;
import org.themebot.commands.TextLimits;
import org.themebot.timescale.Timescale;
import org.themebot.timescale.TimescaleParser;
import org.themebot.export.ImportedNotes;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.groups.ThemeGroup;
import org.themebot.imports.HeldImports;
import org.themebot.people.Who;

/**
 * Bringing in a meeting from the action notes a group keeps in Word, so it starts with its history.
 * The notes as read ({@code ActionNotesDocxReader}), their names matched to members, are checked and
 * held here — not in Slack — while the chair or secretary looks them over; confirming records them
 * once, in one transaction, as a closed meeting: attendance, numbered items, notes, and actions
 * through {@link ActionService} (so they have a history, appear in the next matters arising and are
 * reminded of), each timescale resolved against the meeting's own dates.
 */
public final class MeetingImport {

    private static final TimescaleParser TIMESCALES = new TimescaleParser();
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Jdbi jdbi;
    private final ActionService actions;

    public MeetingImport(Jdbi jdbi, ActionService actions) {
        this.jdbi = jdbi;
        this.actions = actions;
    }

    /**
     * Notes held for checking: {@code id} is what confirming them names; {@code notes} are as read,
     * with the names of members matched and long texts split ({@code textsSplit} of them) to fit;
     * {@code today} is the group's.
     */
    public record Preview(String id, ThemeGroup group, String fileName, ImportedNotes notes, int textsSplit,
                          LocalDate today) {

        /** The timescale an action gives, resolved against the meeting's date (or today, when the notes name none). */
        public Timescale timescaleOf(ImportedNotes.Action action) {
            return resolve(action.timescale(), notes.meetingDate().orElse(today), notes.nextMeeting());
        }
    }

    /** The meeting recorded from the notes, with its items and actions, and who brought it in. */
    public record Imported(ThemeGroup group, Meeting meeting, String fileName, List<AgendaItem> items,
                           List<Action> actions, String importedBy) {
    }

    /** The channel's group, when the requester may import notes into it. */
    public ThemeGroup check(Invocation inv) {
        return jdbi.inTransaction(handle -> officersGroup(handle, inv));
    }

    /**
     * Checks notes as read and holds them for the requester to confirm, names matched to members and
     * long texts fitted; refused (nothing held) when they have nothing in them, an item's title is
     * longer than themebot keeps, or they are of a meeting the group already has.
     */
    public Preview preview(Invocation inv, String fileName, ImportedNotes read, WorkspaceMembers members) {
        check(read, fileName);
        LongTexts.Fitted fitted = LongTexts.fit(read);
        ImportedNotes notes = matched(fitted.notes(), members);
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officersGroup(handle, inv);
            if (notes.meetingDate().isPresent()) {
                refuseSecondImport(handle.attach(MeetingStore.class), group, notes.meetingDate().get());
            }
            String id = HeldImports.hold(handle, inv, HeldImports.Kind.MEETING, fileName, HeldNotes.write(notes));
            return new Preview(id, group, fileName, notes, fitted.split(), LocalDate.ofInstant(inv.at(), group.zone()));
        });
    }

    /**
     * Records the notes held under {@code heldId} for this requester and channel as a closed meeting
     * on {@code date} (empty: the date the notes give), and lets them go.
     */
    public Imported confirm(Invocation inv, String heldId, Optional<LocalDate> date) {
        return jdbi.inTransaction(handle -> {
            ThemeGroup group = officersGroup(handle, inv);
            HeldImports.Held held = HeldImports.take(handle, inv, HeldImports.Kind.MEETING, heldId, "notes",
                    "Use Import action notes on the file again.");
            ImportedNotes notes = HeldNotes.read(held.json());
            LocalDate day = date.or(notes::meetingDate).orElseThrow(() -> new CommandError(
                    "Pick the date of the meeting: the notes do not say it.", ""));
            if (notes.nextMeeting().filter(next -> next.isBefore(day)).isPresent()) {
                throw new CommandError("The notes give the next meeting as " + LONG_DAY.format(notes.nextMeeting().get())
                        + ", before this one: pick the date the meeting was held.", "");
            }
            refuseSecondImport(handle.attach(MeetingStore.class), group, day);
            return record(handle, inv, group, held.fileName(), notes, day);
        });
    }

    private Imported record(Handle handle, Invocation inv, ThemeGroup group, String fileName, ImportedNotes notes,
                            LocalDate day) {
        MeetingStore meetings = handle.attach(MeetingStore.class);
        int number = handle.attach(GroupStore.class).takeMeetingNumber(group.id());
        String title = fit("imported from " + fileName, MeetingService.MAX_TITLE);
        long meetingId = meetings.insertEnded(group.id(), number, day, title, notes.nextMeeting().orElse(null),
                inv.userId(), inv.at());
        attend(meetings, meetingId, Attendance.PRESENT, notes.present());
        attend(meetings, meetingId, Attendance.APOLOGIES, notes.apologies());
        Filer filer = new Filer(meetings, inv, meetingId, day, notes.nextMeeting(), "imported from " + fileName);
        filer.file(null, notes.opening());
        for (ImportedNotes.Item item : notes.items()) {
            long itemId = meetings.insertNumberedItem(meetingId, item.number(), item.title(),
                    meetings.takePosition(meetingId), inv.userId(), inv.at());
            filer.file(itemId, item.entries());
        }
        return new Imported(group, meetings.byId(meetingId).orElseThrow(), fileName, meetings.items(meetingId),
                handle.attach(ActionStore.class).ofMeeting(meetingId), inv.userId());
    }

    /** Files notes and actions under one item (or before the first), in the order the notes have them. */
    private final class Filer {
        private final MeetingStore meetings;
        private final Invocation inv;
        private final long meetingId;
        private final LocalDate day;
        private final Optional<LocalDate> next;
        private final String origin;

        Filer(MeetingStore meetings, Invocation inv, long meetingId, LocalDate day, Optional<LocalDate> next,
              String origin) {
            this.meetings = meetings;
            this.inv = inv;
            this.meetingId = meetingId;
            this.day = day;
            this.next = next;
            this.origin = origin;
        }

        void file(Long itemId, List<ImportedNotes.Entry> entries) {
            for (ImportedNotes.Entry entry : entries) {
                int position = meetings.takePosition(meetingId);
                if (entry instanceof ImportedNotes.Action action) {
                    actions.addFromNotes(inv, action.text(), action.owners(), resolve(action.timescale(), day, next),
                            new MeetingLink.Filing(meetingId, itemId, position), origin);
                } else {
                    meetings.insertNote(meetingId, itemId, position, ((ImportedNotes.Note) entry).text(), null,
                            inv.userId(), inv.at());
                }
            }
        }
    }

    private static void attend(MeetingStore meetings, long meetingId, Attendance list, List<Who> people) {
        people.forEach(who -> meetings.addAttendee(meetingId, list.storeName(), who.kind(), who.value()));
    }

    /** A timescale as typed, at a meeting: one that looks like a date but is none is kept as typed, with no date. */
    static Timescale resolve(String typed, LocalDate meetingDay, Optional<LocalDate> nextMeeting) {
        try {
            return TIMESCALES.parse(typed, meetingDay, nextMeeting);
        } catch (InvalidTimescale e) {
            return new Timescale(typed, Optional.empty(), Timescale.Kind.UNRECOGNISED);
        }
    }

    /** Something to import, under titles no longer than themebot keeps. */
    private static void check(ImportedNotes notes, String fileName) {
        if (notes.items().isEmpty() && notes.opening().isEmpty()) {
            throw new CommandError("The Action | Timescale | Who table in " + fileName + " has no items, notes or "
                    + "actions in it, so there is nothing to import.", "");
        }
        for (ImportedNotes.Item item : notes.items()) {
            if (TextLimits.length(item.title()) > MeetingService.MAX_TITLE) {
                throw new CommandError("Item " + item.number() + "'s title is " + TextLimits.length(item.title())
                        + " characters long (it begins \"" + fit(item.title(), 60) + "\"); themebot keeps at most "
                        + MeetingService.MAX_TITLE + ". Shorten it in Word and share the file again: nothing was imported.", "");
            }
        }
    }

    private static void refuseSecondImport(MeetingStore meetings, ThemeGroup group, LocalDate day) {
        meetings.rowByDate(group.id(), day).map(MeetingStore.MeetingRow::toMeeting).ifPresent(m -> {
            throw new CommandError("This group already has meeting " + m.ref() + " on " + LONG_DAY.format(day)
                    + ", so I imported nothing: a meeting's notes are brought in once. `/meeting export docx " + m.ref()
                    + "` gives its notes.", "");
        });
    }

    private static ImportedNotes matched(ImportedNotes notes, WorkspaceMembers members) {
        return new ImportedNotes(notes.title(), notes.groupName(), notes.draft(), notes.meetingDate(),
                members.match(notes.present()), members.match(notes.apologies()), matched(notes.opening(), members),
                notes.items().stream().map(item -> new ImportedNotes.Item(item.number(), item.title(),
                        matched(item.entries(), members))).toList(),
                notes.nextMeeting(), notes.unread());
    }

    private static List<ImportedNotes.Entry> matched(List<ImportedNotes.Entry> entries, WorkspaceMembers members) {
        return entries.stream().map(entry -> entry instanceof ImportedNotes.Action action
                ? new ImportedNotes.Action(action.text(), members.match(action.owners()), action.timescale())
                : entry).toList();
    }

    private static ThemeGroup officersGroup(Handle handle, Invocation inv) {
        ThemeGroup group = GroupService.requireIn(handle.attach(GroupStore.class), inv);
        GroupService.requireOfficer(group, inv, "import action notes");
        return group;
    }

    private static String fit(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
