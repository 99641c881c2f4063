package org.themebot.plans;

import static org.apache.commons.text.StringEscapeUtils.escapeXml10;

import java.util.List;
import org.themebot.export.HtmlPdf;

/**
 * The same landscape A4 layout as {@link WordDocument}, as a PDF: the calls build an XHTML page
 * that {@link HtmlPdf} prints (no office suite beside themebot), the table headers repeating on
 * each page and the page number in the foot.
 */
final class PdfDocument implements DocumentWriter {

    // thead repeats on each printed page; -fs-table-paginate asks openhtmltopdf to do what browsers do anyway
    private static final String STYLE = """
            @page { size: A4 landscape; margin: 1.8cm;
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: %1$s; font-size: 8pt; color: #444; } }
            body { font-family: %1$s; font-size: 10pt; line-height: 1.3; margin: 0; }
            h1 { font-size: 16pt; margin: 0 0 0.8em; }
            h2 { font-size: 12pt; margin: 1.2em 0 0.4em; page-break-after: avoid; }
            p { margin: 0 0 0.4em; }
            table { width: 100%%; border-collapse: collapse; table-layout: fixed; margin-bottom: 1em; -fs-table-paginate: paginate; }
            th, td { border: 0.5pt solid #000; padding: 0.2em 0.35em; text-align: left; vertical-align: top; }
            thead { display: table-header-group; }
            thead th { background: #d9d9d9; }
            tr { page-break-inside: avoid; }
            """;

    private final String title;
    private final StringBuilder body = new StringBuilder();

    PdfDocument(String title) {
        this.title = title;
    }

    @Override
    public PdfDocument title(String text) {
        body.append("<h1>").append(text(text)).append("</h1>\n");
        return this;
    }

    @Override
    public PdfDocument heading(String text) {
        body.append("<h2>").append(text(text)).append("</h2>\n");
        return this;
    }

    @Override
    public PdfDocument paragraph(String text) {
        body.append("<p>").append(text(text)).append("</p>\n");
        return this;
    }

    @Override
    public PdfDocument labelled(String label, String text) {
        body.append("<p><strong>").append(text(label)).append("</strong> ").append(text(text)).append("</p>\n");
        return this;
    }

    @Override
    public PdfDocument table(List<String> header, int[] percents, List<List<String>> rows) {
        body.append("<table>\n<colgroup>");
        for (int percent : percents) {
            body.append("<col style=\"width:").append(percent).append("%\" />");
        }
        body.append("</colgroup>\n<thead><tr>");
        header.forEach(h -> body.append("<th>").append(text(h)).append("</th>"));
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (int c = 0; c < percents.length; c++) {
                body.append("<td>").append(text(c < row.size() ? row.get(c) : "")).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return this;
    }

    @Override
    public byte[] bytes() {
        return HtmlPdf.render(this::page);
    }

    /** The whole page, its text in the given CSS font families. */
    private String page(String fontFamilies) {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n<title>" + text(title)
                + "</title>\n<style>\n" + STYLE.formatted(fontFamilies) + "</style>\n</head>\n<body>\n" + body
                + "</body>\n</html>\n";
    }

    @Override
    public void close() {
        // nothing held: the page is a string until bytes() prints it
    }

    /** Escaped for XHTML, typed line breaks kept; characters XML forbids are dropped. */
    private static String text(String plain) {
        return escapeXml10(plain.replace("\r\n", "\n").replace('\r', '\n')).replace("&apos;", "'")
                .replace("\n", "<br />\n");
    }
}
