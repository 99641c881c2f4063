package org.themebot.plans;

import java.util.Locale;
import java.util.Optional;

/** The formats of {@code /plan export}, each with its renderer of an {@link ActionPlan}. */
public enum PlanFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    MD("md", "text/markdown; charset=utf-8");

    private final String extension;
    private final String contentType;

    PlanFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] render(ActionPlan plan) {
        return switch (this) {
            case DOCX -> ActionPlanDocx.render(plan);
            case XLSX -> ActionPlanXlsx.render(plan);
            case MD -> ActionPlanMarkdown.render(plan);
        };
    }

    /** docx or word, xlsx or excel, md or markdown, any case; empty when unknown (pdf too, until there is a PDF export). */
    public static Optional<PlanFormat> parse(String typed) {
        return switch (typed.strip().toLowerCase(Locale.ROOT)) {
            case "", "docx", "word" -> Optional.of(DOCX);
            case "xlsx", "excel" -> Optional.of(XLSX);
            case "md", "markdown" -> Optional.of(MD);
            default -> Optional.empty();
        };
    }
}
