package org.themebot.meetings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.themebot.commands.TextLimits;
import org.themebot.export.ImportedNotes;

/**
 * Texts from Word kept whole within what themebot keeps (an action's text 2,000 characters, a note
 * 3,000): secretaries often write a whole discussion in the cell beside one timescale, so the reader
 * takes it all as the action. Such an action keeps its last lines as its text, and the lines before
 * become notes ahead of it; a note too long is split into notes at line breaks (or, for one long
 * line, between words). Nothing is lost and the order stays as written.
 */
final class LongTexts {

    private LongTexts() {
    }

    /** Notes with every long text fitted, and how many texts were. */
    record Fitted(ImportedNotes notes, int split) {
    }

    static Fitted fit(ImportedNotes notes) {
        int[] split = {0};
        ImportedNotes fitted = new ImportedNotes(notes.title(), notes.groupName(), notes.draft(), notes.meetingDate(),
                notes.present(), notes.apologies(), fit(notes.opening(), split),
                notes.items().stream().map(item -> new ImportedNotes.Item(item.number(), item.title(),
                        fit(item.entries(), split))).toList(),
                notes.nextMeeting(), notes.unread());
        return new Fitted(fitted, split[0]);
    }

    private static List<ImportedNotes.Entry> fit(List<ImportedNotes.Entry> entries, int[] split) {
        List<ImportedNotes.Entry> fitted = new ArrayList<>();
        for (ImportedNotes.Entry entry : entries) {
            if (entry instanceof ImportedNotes.Action action && action.text().length() > TextLimits.ACTION_TEXT) {
                split[0]++;
                List<String> lines = new ArrayList<>(Arrays.asList(action.text().split("\n")));
                String text = lastLines(lines);
                fitted.addAll(notes(String.join("\n", lines)));
                fitted.add(new ImportedNotes.Action(text, action.owners(), action.timescale()));
            } else if (entry instanceof ImportedNotes.Note note && note.text().length() > TextLimits.NOTE) {
                split[0]++;
                fitted.addAll(notes(note.text()));
            } else {
                fitted.add(entry);
            }
        }
        return fitted;
    }

    /** Takes from the end of lines as many whole lines as make an action's text (or the end of the last one). */
    private static String lastLines(List<String> lines) {
        List<String> taken = new ArrayList<>();
        int length = -1;
        while (!lines.isEmpty() && length + 1 + lines.get(lines.size() - 1).length() <= TextLimits.ACTION_TEXT) {
            String line = lines.remove(lines.size() - 1);
            length += 1 + line.length();
            taken.add(0, line);
        }
        if (taken.isEmpty()) {
            List<String> pieces = pieces(lines.remove(lines.size() - 1), TextLimits.ACTION_TEXT);
            taken.add(pieces.remove(pieces.size() - 1));
            lines.add(String.join(" ", pieces));
        }
        return String.join("\n", taken).strip();
    }

    private static List<ImportedNotes.Note> notes(String text) {
        List<ImportedNotes.Note> notes = new ArrayList<>();
        StringBuilder note = new StringBuilder();
        for (String line : text.split("\n")) {
            for (String piece : pieces(line, TextLimits.NOTE)) {
                if (note.length() > 0 && note.length() + 1 + piece.length() > TextLimits.NOTE) {
                    notes.add(new ImportedNotes.Note(note.toString().strip()));
                    note.setLength(0);
                }
                note.append(note.length() == 0 ? "" : "\n").append(piece);
            }
        }
        if (!note.toString().isBlank()) {
            notes.add(new ImportedNotes.Note(note.toString().strip()));
        }
        return notes;
    }

    /** One line in pieces of at most max characters, cut between words where it can, never inside a character. */
    private static List<String> pieces(String line, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf(' ', max);
            if (cut <= 0) {
                cut = Character.isLowSurrogate(rest.charAt(max)) ? max - 1 : max;
            }
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        pieces.add(rest);
        return pieces;
    }
}
