package org.themebot.export;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The formats of {@code /meeting export}, most circulated first (the order of the export buttons), with the file name and content type of each. */
public enum ExportFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", new ActionNotesDocx()),
    PDF("pdf", "application/pdf", new ActionNotesPdf()),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new ActionNotesXlsx()),
    HTML("html", "text/html; charset=utf-8", new ActionNotesHtml()),
    MD("md", "text/markdown; charset=utf-8", new ActionNotesMarkdown()),
    CSV("csv", "text/csv; charset=utf-8", new ActionNotesCsv());

    private final String extension;
    private final String contentType;
    private final ActionNotesRenderer renderer;

    ExportFormat(String extension, String contentType, ActionNotesRenderer renderer) {
        this.extension = extension;
        this.contentType = contentType;
        this.renderer = renderer;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The renderers keep no state, so one instance per format serves every export. */
    public ActionNotesRenderer renderer() {
        return renderer;
    }

    /** "action-notes-2008-09-03.docx". */
    public String fileName(LocalDate meetingDate) {
        return "action-notes-" + meetingDate + "." + extension;
    }

    /** The format a user typed: docx or word, md or markdown, html, csv, xlsx or excel, pdf (any case); empty when unknown. */
    public static Optional<ExportFormat> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "docx", "word" -> Optional.of(DOCX);
            case "md", "markdown" -> Optional.of(MD);
            case "html" -> Optional.of(HTML);
            case "csv" -> Optional.of(CSV);
            case "xlsx", "excel" -> Optional.of(XLSX);
            case "pdf" -> Optional.of(PDF);
            default -> Optional.empty();
        };
    }
}
