package org.themebot.export;

import java.nio.charset.StandardCharsets;

import org.themebot.export.NotesText.TableRow;

/** Action notes as a GitHub-flavoured Markdown page: a heading, the attendance lines, then one table. */
public final class ActionNotesMarkdown implements ActionNotesRenderer {

    @Override
    public byte[] render(ActionNotes notes) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(text(notes.title())).append("\n\n");
        md.append(text(notes.heldOn())).append("\n\n");
        md.append("**Present:** ").append(text(NotesText.names(notes.present()))).append("\n\n");
        md.append("**Apologies:** ").append(text(NotesText.names(notes.apologies()))).append("\n\n");
        md.append("| ").append(String.join(" | ", NotesText.HEADER)).append(" |\n");
        md.append("| --- | --- | --- |\n");
        for (TableRow row : NotesText.table(notes)) {
            String action = row.heading() ? "**" + text(row.action().strip()) + "**" : text(row.action());
            md.append("| ").append(action)
              .append(" | ").append(text(row.timescale()))
              .append(" | ").append(text(row.who()))
              .append(" |\n");
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Escapes only what would break the table or swallow text: a backslash (so a typed "\|" stays
     * text), the pipe (a column separator even inside code spans), and "<" (raw HTML would vanish
     * from the rendered page). Line breaks become {@code <br>}, the only way to break a line in a
     * table cell. Everything else is left as typed, so the file stays readable as plain text.
     */
    static String text(String plain) {
        return plain.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("<", "\\<")
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\n", "<br>");
    }
}
