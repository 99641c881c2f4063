package org.themebot.export;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

import java.nio.charset.StandardCharsets;

import org.themebot.export.NotesText.TableRow;

/**
 * Action notes as one standalone page that prints on A4 like the Word version: the table's header
 * repeats on each page, an item's heading row stays with the row after it (the two are a row group
 * that is not broken: Chromium let a heading end a page when only asked to avoid a break after it), and each page's foot
 * says "Page X of Y" beside the group and the date. The markup is also well-formed XML, so the PDF
 * export lays out this very page ({@link ActionNotesPdf}).
 */
public final class ActionNotesHtml implements ActionNotesRenderer {

    /** What a browser has, Arial first as in the Word version; the PDF names the fonts it embeds instead. */
    static final String BROWSER_FONTS = "Arial, \"Liberation Sans\", Helvetica, sans-serif";

    // thead repeats on every printed page (-fs-table-paginate asks openhtmltopdf to do what browsers do anyway)
    private static final String STYLE = """
            @page { size: A4; margin: 2cm 2cm 2.4cm;
              @bottom-left { content: %1$s; font-family: %2$s; font-size: 8.5pt; color: #444; vertical-align: top; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: %2$s; font-size: 8.5pt; color: #444; vertical-align: top; } }
            body { font-family: %2$s; font-size: 11pt; line-height: 1.35; max-width: 48em; margin: 2em auto; padding: 0 1em; }
            h1 { font-size: 16pt; margin: 0 0 0.8em; }
            p { margin: 0 0 0.6em; }
            table { width: 100%%; border-collapse: collapse; margin-top: 1.2em; -fs-table-paginate: paginate; }
            th, td { border: 1px solid #000; padding: 0.25em 0.45em; text-align: left; vertical-align: top; }
            thead { display: table-header-group; }
            thead th { background: #d9d9d9; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            tr.item { break-after: avoid; page-break-after: avoid; }
            tbody.item { break-inside: avoid; page-break-inside: avoid; }
            tr.item td { font-weight: bold; }
            @media print { body { max-width: none; margin: 0; padding: 0; } }
            """;

    @Override
    public byte[] render(ActionNotes notes) {
        return page(notes, BROWSER_FONTS).getBytes(StandardCharsets.UTF_8);
    }

    /** The page, its text in the given CSS font families. */
    static String page(ActionNotes notes, String fontFamilies) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .append("<title>").append(text(notes.title())).append("</title>\n")
            .append("<meta name=\"author\" content=\"").append(text(notes.groupName())).append("\" />\n")
            .append("<style>\n").append(STYLE.formatted(cssString(footer(notes)), fontFamilies)).append("</style>\n</head>\n<body>\n")
            .append("<h1>").append(text(notes.title())).append("</h1>\n")
            .append("<p>").append(text(notes.heldOn())).append("</p>\n")
            .append("<p><strong>Present:</strong> ").append(text(NotesText.names(notes.present()))).append("</p>\n")
            .append("<p><strong>Apologies:</strong> ").append(text(NotesText.names(notes.apologies()))).append("</p>\n")
            .append("<table>\n<colgroup><col style=\"width:63%\" /><col style=\"width:15%\" /><col style=\"width:22%\" /></colgroup>\n")
            .append("<thead><tr>");
        NotesText.HEADER.forEach(h -> html.append("<th>").append(h).append("</th>"));
        html.append("</tr></thead>\n<tbody>\n");
        boolean afterHeading = false;
        for (TableRow row : NotesText.table(notes)) {
            if (row.heading()) {
                // an agenda item spans the row, as in the Word version, in a row group with the row after it
                html.append("</tbody>\n<tbody class=\"item\">\n<tr class=\"item\"><td colspan=\"3\">").append(text(row.action()))
                    .append("</td></tr>\n");
                afterHeading = true;
                continue;
            }
            html.append("<tr><td>").append(text(row.action())).append("</td>")
                .append("<td>").append(text(row.timescale())).append("</td>")
                .append("<td>").append(text(row.who())).append("</td></tr>\n");
            if (afterHeading) {
                html.append("</tbody>\n<tbody>\n");
                afterHeading = false;
            }
        }
        html.append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.toString();
    }

    /** "E&CC Theme Group · 3 September 2008 (draft)": what each printed page's foot says beside its number. */
    static String footer(ActionNotes notes) {
        return notes.groupName() + " · " + NotesText.date(notes.meetingDate()) + (notes.draft() ? " (draft)" : "");
    }

    /**
     * Escaped for HTML and XML alike, with the typed line breaks kept. Only &amp; &lt; &gt; and &quot;
     * need it (and characters XML forbids are dropped): é and O'Brien stay readable in the source.
     */
    private static String text(String plain) {
        return escapeXml10(plain.replace("\r\n", "\n").replace('\r', '\n')).replace("&apos;", "'").replace("\n", "<br />\n");
    }

    /** A CSS string literal: every ASCII character but letters, digits and spaces as a hex escape, so nothing ends the string or the style. */
    static String cssString(String plain) {
        StringBuilder css = new StringBuilder("\"");
        plain.codePoints().forEach(c -> {
            if (c < 0x80 && !Character.isLetterOrDigit(c) && c != ' ') {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                css.appendCodePoint(c);
            }
        });
        return css.append('"').toString();
    }
}
