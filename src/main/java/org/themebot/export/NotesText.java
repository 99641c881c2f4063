package org.themebot.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.themebot.export.ActionNotes.ActionRow;
import org.themebot.export.ActionNotes.Entry;
import org.themebot.export.ActionNotes.GoodPractice;
import org.themebot.export.ActionNotes.Item;
import org.themebot.export.ActionNotes.Note;

/** The wording and the table layout shared by every export format, so the formats cannot drift apart. */
final class NotesText {

    static final List<String> HEADER = List.of("Action", "Timescale", "Who");

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.UK);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private NotesText() {}

    /** One row of the Action | Timescale | Who table. */
    record TableRow(Kind kind, String action, String timescale, String who) {
        /** A heading is an agenda item or the date of the next meeting, shown bold; a note leaves Timescale and Who empty. */
        enum Kind { HEADING, NOTE, ACTION }

        static TableRow heading(String text) {
            return new TableRow(Kind.HEADING, text, "", "");
        }

        static TableRow of(Entry entry) {
            // Java 17 has no pattern switch; Entry is sealed, so these three cases are all there are.
            if (entry instanceof ActionRow action) {
                return new TableRow(Kind.ACTION, action.text(), action.timescale(), action.who());
            }
            if (entry instanceof GoodPractice submission) {
                // as long as a note may be, so free to break across pages like one; its submitter in the Who column
                return new TableRow(Kind.NOTE, goodPractice(submission), "", submission.submittedBy());
            }
            return new TableRow(Kind.NOTE, ((Note) entry).text(), "", "");
        }

        boolean heading() {
            return kind == Kind.HEADING;
        }
    }

    /** The table body in reading order: opening notes, each item with its entries, the date of the next meeting last. */
    static List<TableRow> table(ActionNotes notes) {
        List<TableRow> rows = new ArrayList<>();
        notes.opening().forEach(entry -> rows.add(TableRow.of(entry)));
        for (Item item : notes.items()) {
            rows.add(TableRow.heading(item.heading()));
            item.entries().forEach(entry -> rows.add(TableRow.of(entry)));
        }
        rows.add(TableRow.heading(notes.nextMeetingHeading()));
        return rows;
    }

    /** "Good practice G3: <title>", then its description, link and strands on lines of their own. */
    static String goodPractice(GoodPractice submission) {
        return "Good practice " + submission.ref() + ": " + submission.text();
    }

    /** "A, B and C" (no serial comma), "A and B", "A"; "none" for nobody. */
    static String names(List<String> names) {
        int n = names.size();
        return switch (n) {
            case 0 -> "none";
            case 1 -> names.get(0);
            default -> String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
        };
    }

    /** "Wednesday 3rd September 2008". */
    static String longDate(LocalDate date) {
        int day = date.getDayOfMonth();
        return WEEKDAY.format(date) + " " + day + ordinalSuffix(day) + " " + MONTH_YEAR.format(date);
    }

    /** "22 October 2008". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** st, nd, rd or th; 11, 12 and 13 take "th". */
    static String ordinalSuffix(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
