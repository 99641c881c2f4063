package org.themebot.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.themebot.export.NotesText.TableRow;

/**
 * Action notes as a GitHub-flavoured Markdown page: a heading, the attendance lines, then one table.
 * Whatever was typed renders as that text in CommonMark and GFM renderers: no link, image, HTML or
 * emphasis comes out of it.
 */
public final class ActionNotesMarkdown implements ActionNotesRenderer {

    /**
     * Characters that start Markdown syntax inside a line: emphasis and strikethrough, code spans,
     * links and images, raw HTML and autolinks, a table's cell separator, a heading's closing
     * hashes, and the backslash itself. Anything else (. / - & – …) is left alone, so the file stays
     * readable as plain text.
     */
    private static final Pattern SYNTAX = Pattern.compile("[\\\\`*_~\\[\\]<|#]");
    /** An entity or character reference, which renderers would show as the character it names. */
    private static final Pattern REFERENCE = Pattern.compile("&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    @Override
    public byte[] render(ActionNotes notes) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(notes.title())).append("\n\n");
        md.append(inline(notes.heldOn())).append("\n\n");
        md.append("**Present:** ").append(inline(NotesText.names(notes.present()))).append("\n\n");
        md.append("**Apologies:** ").append(inline(NotesText.names(notes.apologies()))).append("\n\n");
        md.append("| ").append(String.join(" | ", NotesText.HEADER)).append(" |\n");
        md.append("| --- | --- | --- |\n");
        for (TableRow row : NotesText.table(notes)) {
            if (row.heading()) {
                md.append("| **").append(inline(row.action().strip())).append("** |  |  |\n");
            } else {
                cells(md, row);
            }
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A table cell holds one line, and the only line break a cell has is raw HTML ({@code <br>}),
     * which strict renderers show as typed. So each typed line gets a table row of its own, the
     * first carrying the timescale and who, as the lines of one Word cell would read.
     */
    private static void cells(StringBuilder md, TableRow row) {
        List<String> action = lines(row.action());
        List<String> timescale = lines(row.timescale());
        List<String> who = lines(row.who());
        int height = Math.max(action.size(), Math.max(timescale.size(), who.size()));
        for (int i = 0; i < height; i++) {
            md.append("| ").append(line(action, i))
              .append(" | ").append(line(timescale, i))
              .append(" | ").append(line(who, i))
              .append(" |\n");
        }
    }

    private static List<String> lines(String text) {
        return List.of(LINE_BREAK.split(text, -1));
    }

    private static String line(List<String> lines, int i) {
        return i < lines.size() ? inline(lines.get(i)) : "";
    }

    /** One line of typed text, escaped to render as itself; a line break in it becomes a space. */
    static String inline(String plain) {
        String escaped = SYNTAX.matcher(plain).replaceAll("\\\\$0");
        return LINE_BREAK.matcher(REFERENCE.matcher(escaped).replaceAll("\\\\&")).replaceAll(" ");
    }
}
