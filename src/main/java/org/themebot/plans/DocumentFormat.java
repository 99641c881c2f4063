package org.themebot.plans;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The formats plans and board reports are exported in, each with its file extension and content type. */
public enum DocumentFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    MD("md", "text/markdown; charset=utf-8");

    private final String extension;
    private final String contentType;

    DocumentFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * The format a user typed, if it is one of {@code offered}: docx or word (also the default,
     * when nothing is typed), pdf, xlsx or excel, md or markdown, in any case. Empty otherwise.
     */
    public static Optional<DocumentFormat> parse(String typed, Set<DocumentFormat> offered) {
        Optional<DocumentFormat> format = switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "", "docx", "word" -> Optional.of(DOCX);
            case "pdf" -> Optional.of(PDF);
            case "xlsx", "excel" -> Optional.of(XLSX);
            case "md", "markdown" -> Optional.of(MD);
            default -> Optional.empty();
        };
        return format.filter(offered::contains);
    }
}
