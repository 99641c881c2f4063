package org.themebot.mail;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A mail's body, written once and rendered twice: as plain text and as simple HTML with every
 * piece of text escaped. Renderers say what the mail holds; this says how each part looks.
 */
final class MailBody {

    /** A link as a button in HTML and as "label: address" in plain text. */
    record Link(String label, URI uri) {
    }

    private static final String P = "<p style=\"margin:0 0 12px\">";
    private static final String BUTTON = "display:inline-block;padding:8px 16px;margin:0 8px 8px 0;border-radius:4px;"
            + "background:#1d6b45;color:#ffffff;text-decoration:none;font-weight:bold";

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    MailBody heading(String line) {
        text.append(line).append('\n').append("=".repeat(Math.min(line.length(), 72))).append("\n\n");
        html.append("<h1 style=\"font-size:20px;margin:0 0 12px\">").append(Html.escape(line)).append("</h1>\n");
        return this;
    }

    MailBody paragraph(String paragraph) {
        text.append(paragraph).append("\n\n");
        html.append(P).append(Html.lines(paragraph)).append("</p>\n");
        return this;
    }

    /** A titled list; nothing at all when there are no lines. */
    MailBody section(String title, List<String> lines) {
        if (lines.isEmpty()) {
            return this;
        }
        text.append(title).append('\n');
        html.append("<h2 style=\"font-size:16px;margin:16px 0 8px\">").append(Html.escape(title)).append("</h2>\n<ul>\n");
        for (String line : lines) {
            text.append("• ").append(line.replace("\n", "\n  ")).append('\n');
            html.append("<li style=\"margin:0 0 6px\">").append(Html.lines(line)).append("</li>\n");
        }
        text.append('\n');
        html.append("</ul>\n");
        return this;
    }

    MailBody buttons(List<Link> links) {
        html.append(P);
        for (Link link : links) {
            text.append(link.label()).append(": ").append(link.uri().toASCIIString()).append('\n');
            html.append("<a href=\"").append(Html.escape(link.uri().toASCIIString())).append("\" style=\"").append(BUTTON)
                    .append("\">").append(Html.escape(link.label())).append("</a>");
        }
        text.append('\n');
        html.append("</p>\n");
        return this;
    }

    /** The small print after the signature separator: why this mail came, and how to stop it. */
    MailBody footer(String note, Optional<Link> link) {
        text.append("-- \n").append(note).append('\n');
        html.append("<hr style=\"border:0;border-top:1px solid #dddddd;margin:20px 0 8px\">\n")
                .append("<p style=\"margin:0;color:#666666;font-size:12px\">").append(Html.lines(note));
        link.ifPresent(l -> {
            text.append(l.label()).append(": ").append(l.uri().toASCIIString()).append('\n');
            html.append(" <a href=\"").append(Html.escape(l.uri().toASCIIString())).append("\" style=\"color:#666666\">")
                    .append(Html.escape(l.label())).append("</a>");
        });
        html.append("</p>\n");
        return this;
    }

    String text() {
        return text.toString().stripTrailing() + "\n";
    }

    String html(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                + "</title></head>\n<body style=\"margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;"
                + "font-size:14px;line-height:1.4;color:#222222;max-width:40em\">\n" + html + "</body>\n</html>\n";
    }
}
