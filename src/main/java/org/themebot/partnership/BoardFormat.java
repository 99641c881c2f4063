package org.themebot.partnership;

import java.util.Locale;
import java.util.Optional;

/** The formats of {@code /partnership export}. */
public enum BoardFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    BoardFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] render(BoardReport report) {
        return switch (this) {
            case DOCX -> BoardReportDocument.docx(report);
            case XLSX -> BoardReportDocument.xlsx(report);
        };
    }

    /** docx or word (the default), xlsx or excel; empty when unknown (pdf too, until there is a PDF export). */
    public static Optional<BoardFormat> parse(String typed) {
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "", "docx", "word" -> Optional.of(DOCX);
            case "xlsx", "excel" -> Optional.of(XLSX);
            default -> Optional.empty();
        };
    }
}
