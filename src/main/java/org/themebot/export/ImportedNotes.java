package org.themebot.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.themebot.people.Who;

/**
 * What a Word file of action notes says, read by {@link ActionNotesDocxReader} and shown for checking
 * before anything is written: the meeting's date, title, attendance, items with their notes and
 * actions, the next meeting's date, and the rows that could not be read. People are as typed:
 * {@link Who.Named} or {@link Who.Everyone} ("ALL"), to be matched to Slack users by whoever imports
 * them; timescales are as typed, to be resolved against the group's calendar.
 *
 * @param title       the first line as typed: "Action Notes of the E&amp;CC Theme Group"
 * @param groupName   what follows "Action Notes of (the)", when the title reads so
 * @param draft       the title ended with "(draft)"
 * @param meetingDate the day in "Held on …", when there is one that names a day
 * @param opening     rows before the first numbered item
 * @param unread      rows and lines that were neither an item, a note nor an action, in document order
 */
public record ImportedNotes(String title, Optional<String> groupName, boolean draft, Optional<LocalDate> meetingDate,
                            List<Who> present, List<Who> apologies, List<Entry> opening, List<Item> items,
                            Optional<LocalDate> nextMeeting, List<Unread> unread) {

    public ImportedNotes {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(groupName, "groupName");
        Objects.requireNonNull(meetingDate, "meetingDate");
        present = List.copyOf(present);
        apologies = List.copyOf(apologies);
        opening = List.copyOf(opening);
        items = List.copyOf(items);
        Objects.requireNonNull(nextMeeting, "nextMeeting");
        unread = List.copyOf(unread);
    }

    /** A numbered agenda item: "2. Revised Terms of Reference". */
    public record Item(int number, String title, List<Entry> entries) {
        public Item {
            Objects.requireNonNull(title, "title");
            entries = List.copyOf(entries);
        }
    }

    public sealed interface Entry permits Note, Action {}

    /** Discussion text; its lines separated by "\n". */
    public record Note(String text) implements Entry {
        public Note {
            Objects.requireNonNull(text, "text");
        }
    }

    /** An action as written in the Action | Timescale | Who row: owners split as {@code /meeting}'s who lists are. */
    public record Action(String text, List<Who> owners, String timescale) implements Entry {
        public Action {
            Objects.requireNonNull(text, "text");
            owners = List.copyOf(owners);
            Objects.requireNonNull(timescale, "timescale");
        }
    }

    /**
     * Something not read into the notes, for the secretary to see.
     *
     * @param where "table row 14", "after the table"
     * @param text  what it said, cells separated by " | "
     * @param why   why it was not read
     */
    public record Unread(String where, String text, String why) {}

    /**
     * These notes in the export model, under the given group name and date (the secretary may correct
     * the ones read): actions have no ref or due date yet and are open. Rendered as Markdown, themebot's
     * own export reads back to the same bytes.
     */
    public ActionNotes toActionNotes(String groupName, LocalDate meetingDate) {
        return new ActionNotes(groupName, meetingDate, draft, names(present), names(apologies), entries(opening),
                items.stream().map(item -> new ActionNotes.Item(item.number(), item.title(), entries(item.entries()))).toList(),
                nextMeeting);
    }

    private static List<ActionNotes.Entry> entries(List<Entry> entries) {
        return entries.stream().<ActionNotes.Entry>map(entry -> entry instanceof Action action
                ? new ActionNotes.ActionRow("", action.text(), action.timescale(), Optional.empty(), names(action.owners()), "open")
                : new ActionNotes.Note(((Note) entry).text())).toList();
    }

    /** "Sue Bent", "ALL": a person as written in the notes. */
    private static List<String> names(List<Who> people) {
        return people.stream().map(Who::value).toList();
    }
}
