package org.themebot.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.themebot.export.ActionNotes.ActionRow;
import org.themebot.export.ActionNotes.Entry;
import org.themebot.export.ActionNotes.GoodPractice;
import org.themebot.export.ActionNotes.Item;

/**
 * One RFC 4180 row per action, and per good-practice submission tabled, in the order they appear
 * in the notes, for spreadsheets and other tools. Plain UTF-8 without a byte-order mark; text
 * exactly as typed.
 */
public final class ActionNotesCsv implements ActionNotesRenderer {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader("meeting_date", "item_number", "item_title", "action", "timescale", "due_date", "who", "status", "ref")
            .get();

    @Override
    public byte[] render(ActionNotes notes) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, FORMAT)) {
            // Actions recorded before the first agenda item belong to no item: empty number and title.
            for (Entry entry : notes.opening()) {
                print(printer, notes.meetingDate(), "", "", entry);
            }
            for (Item item : notes.items()) {
                for (Entry entry : item.entries()) {
                    print(printer, notes.meetingDate(), String.valueOf(item.number()), item.title(), entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw; CSVPrinter's signature does
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** An action's row, or a submission's (no timescale or due date; its submitter as who); notes have none. */
    private static void print(CSVPrinter printer, LocalDate meetingDate, String itemNumber, String itemTitle, Entry entry)
            throws IOException {
        if (entry instanceof ActionRow action) {
            printer.printRecord(meetingDate, itemNumber, itemTitle, action.text(), action.timescale(),
                    action.due().map(LocalDate::toString).orElse(""), action.who(), action.status(), action.ref());
        } else if (entry instanceof GoodPractice submission) {
            printer.printRecord(meetingDate, itemNumber, itemTitle, submission.text(), "", "", submission.submittedBy(),
                    submission.status(), submission.ref());
        }
    }
}
