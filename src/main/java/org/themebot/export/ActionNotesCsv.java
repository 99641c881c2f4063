package org.themebot.export;

/**
 * One row per action, and per good-practice submission tabled, in the order they appear in the
 * notes (the columns of {@link ActionNotesRows}), as a CSV that spreadsheets open safely.
 */
public final class ActionNotesCsv implements ActionNotesRenderer {

    @Override
    public byte[] render(ActionNotes notes) {
        return SpreadsheetCsv.write(ActionNotesRows.HEADER,
                ActionNotesRows.of(notes).stream().map(ActionNotesRows.Row::texts).toList());
    }
}
