package org.themebot.export;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.nio.charset.StandardCharsets;

import org.themebot.export.NotesText.TableRow;

/** Action notes as one standalone page that prints on A4 like the Word version. */
public final class ActionNotesHtml implements ActionNotesRenderer {

    // thead repeats on every printed page; rows are kept whole where the browser can.
    private static final String STYLE = """
            @page { size: A4; margin: 2cm; }
            body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 11pt; line-height: 1.35; max-width: 48em; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 16pt; margin: 0 0 0.8em; }
            p { margin: 0 0 0.6em; }
            table { width: 100%; border-collapse: collapse; margin-top: 1.2em; }
            th, td { border: 1px solid #000; padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
            thead { display: table-header-group; }
            thead th { background: #d9d9d9; }
            tr { break-inside: avoid; }
            tr.item td { font-weight: bold; }
            @media print { body { max-width: none; margin: 0; padding: 0; } }
            """;

    @Override
    public byte[] render(ActionNotes notes) {
        StringBuilder html = new StringBuilder();
        html.append("<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<title>").append(text(notes.title())).append("</title>\n")
            .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
            .append("<h1>").append(text(notes.title())).append("</h1>\n")
            .append("<p>").append(text(notes.heldOn())).append("</p>\n")
            .append("<p><strong>Present:</strong> ").append(text(NotesText.names(notes.present()))).append("</p>\n")
            .append("<p><strong>Apologies:</strong> ").append(text(NotesText.names(notes.apologies()))).append("</p>\n")
            .append("<table>\n<colgroup><col style=\"width:65%\"><col style=\"width:15%\"><col style=\"width:20%\"></colgroup>\n")
            .append("<thead><tr>");
        NotesText.HEADER.forEach(h -> html.append("<th>").append(h).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        for (TableRow row : NotesText.table(notes)) {
            if (row.heading()) {
                // an agenda item spans the row, as in the Word version
                html.append("<tr class=\"item\"><td colspan=\"3\">").append(text(row.action())).append("</td></tr>\n");
                continue;
            }
            html.append("<tr><td>").append(text(row.action())).append("</td>")
                .append("<td>").append(text(row.timescale())).append("</td>")
                .append("<td>").append(text(row.who())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Escaped for HTML, with the typed line breaks kept. */
    private static String text(String plain) {
        return escapeHtml4(plain.replace("\r\n", "\n").replace('\r', '\n')).replace("\n", "<br>\n");
    }
}
