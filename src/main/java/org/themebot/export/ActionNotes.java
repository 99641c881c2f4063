package org.themebot.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One meeting's action notes, built from the store; every export format renders this and nothing else. All text is plain, unescaped (e.g. "E&CC Theme Group"). */
public record ActionNotes(String groupName, LocalDate meetingDate, boolean draft /* meeting still open: title ends with "(draft)" */,
        List<String> present, List<String> apologies,
        List<Entry> opening /* notes recorded before the first agenda item */,
        List<Item> items, Optional<LocalDate> nextMeeting) {

    public ActionNotes {
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(meetingDate, "meetingDate");
        present = List.copyOf(present);
        apologies = List.copyOf(apologies);
        opening = List.copyOf(opening);
        items = List.copyOf(items);
        Objects.requireNonNull(nextMeeting, "nextMeeting");
    }

    public record Item(int number, String title, List<Entry> entries) {
        public Item {
            Objects.requireNonNull(title, "title");
            entries = List.copyOf(entries);
        }

        /** "2. Revised Terms of Reference". */
        public String heading() {
            return number + ". " + title;
        }
    }

    public sealed interface Entry permits Note, ActionRow, GoodPractice {}

    public record Note(String text) implements Entry {
        public Note {
            Objects.requireNonNull(text, "text");
        }
    }

    /** owners: display names in the order given (real names of Slack users, free text as typed, or "ALL"). */
    public record ActionRow(String ref, String text, String timescale, Optional<LocalDate> due, List<String> owners, String status) implements Entry {
        public ActionRow {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(timescale, "timescale");
            Objects.requireNonNull(due, "due");
            owners = List.copyOf(owners);
            Objects.requireNonNull(status, "status");
        }

        /** The Who column: "Balbir Sohal / Debbie Briggs". */
        public String who() {
            return String.join(" / ", owners);
        }
    }

    /** A good-practice submission tabled at the meeting: its ref ("G3"), text, submitter's name and status (tabled, discussed). */
    public record GoodPractice(String ref, String text, String submittedBy, String status) implements Entry {
        public GoodPractice {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(submittedBy, "submittedBy");
            Objects.requireNonNull(status, "status");
        }
    }

    /** "Action Notes of the E&CC Theme Group", with " (draft)" while the meeting is open. */
    public String title() {
        return "Action Notes of the " + groupName + (draft ? " (draft)" : "");
    }

    /** "Held on Wednesday 3rd September 2008". */
    public String heldOn() {
        return "Held on " + NotesText.longDate(meetingDate);
    }

    /** The last numbered item: "5. Date of Next Meeting: 22 October 2008" (or "to be arranged"). */
    public String nextMeetingHeading() {
        int number = items.isEmpty() ? 1 : items.get(items.size() - 1).number() + 1;
        return number + ". Date of Next Meeting: " + nextMeeting.map(NotesText::date).orElse("to be arranged");
    }
}
