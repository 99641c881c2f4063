package org.themebot.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.themebot.export.ActionNotes.ActionRow;
import org.themebot.export.ActionNotes.Entry;
import org.themebot.export.ActionNotes.GoodPractice;
import org.themebot.export.ActionNotes.Item;

/**
 * The action notes as rows for spreadsheets, the columns of the csv and xlsx exports: one row per
 * action, and per good-practice submission tabled, in the order they appear in the notes; notes have
 * none. A reader tells the two apart by the ref's letter (A… or G…).
 */
final class ActionNotesRows {

    /** PRODUCT.md's columns, then the notes' title, so a draft says "(draft)" on every row as the other formats do in theirs. */
    static final List<String> HEADER = List.of("meeting_date", "item_number", "item_title", "action", "timescale", "due_date",
            "who", "status", "ref", "notes_title");

    /** One row; an action recorded before the first agenda item has no item number and an empty title. */
    record Row(LocalDate meetingDate, OptionalInt itemNumber, String itemTitle, String action, String timescale,
               Optional<LocalDate> due, String who, String status, String ref, String notesTitle) {

        /** The cells as text, in {@link #HEADER} order: dates in ISO form, empty where there is none. */
        List<String> texts() {
            return List.of(meetingDate.toString(), itemNumber.isPresent() ? String.valueOf(itemNumber.getAsInt()) : "",
                    itemTitle, action, timescale, due.map(LocalDate::toString).orElse(""), who, status, ref, notesTitle);
        }
    }

    private ActionNotesRows() {
    }

    static List<Row> of(ActionNotes notes) {
        List<Row> rows = new ArrayList<>();
        for (Entry entry : notes.opening()) {
            row(notes, OptionalInt.empty(), "", entry).ifPresent(rows::add);
        }
        for (Item item : notes.items()) {
            for (Entry entry : item.entries()) {
                row(notes, OptionalInt.of(item.number()), item.title(), entry).ifPresent(rows::add);
            }
        }
        return rows;
    }

    /** An action's row, or a submission's (no timescale or due date; its submitter as who); a note has none. */
    private static Optional<Row> row(ActionNotes notes, OptionalInt itemNumber, String itemTitle, Entry entry) {
        if (entry instanceof ActionRow action) {
            return Optional.of(new Row(notes.meetingDate(), itemNumber, itemTitle, action.text(), action.timescale(),
                    action.due(), action.who(), action.status(), action.ref(), notes.title()));
        }
        if (entry instanceof GoodPractice submission) {
            return Optional.of(new Row(notes.meetingDate(), itemNumber, itemTitle, submission.text(), "", Optional.empty(),
                    submission.submittedBy(), submission.status(), submission.ref(), notes.title()));
        }
        return Optional.empty();
    }
}
