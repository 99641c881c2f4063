package org.themebot.plans;

import java.util.List;

/**
 * What plans, annual reports and board reports are written with: a title, headings, paragraphs and
 * ruled tables on landscape A4, as a Word document ({@link WordDocument}) or a PDF
 * ({@link PdfDocument}) from the same calls. All text is plain; each writer escapes it for its format.
 */
public interface DocumentWriter extends AutoCloseable {

    DocumentWriter title(String text);

    DocumentWriter heading(String text);

    DocumentWriter paragraph(String text);

    /** "Label: text" with the label in bold. */
    DocumentWriter labelled(String label, String text);

    /**
     * A ruled table with a shaded header row that repeats on each page. A cell's text may hold
     * several lines ("\n").
     *
     * @param percents each column's share of the width between the margins; they add up to 100
     */
    DocumentWriter table(List<String> header, int[] percents, List<List<String>> rows);

    byte[] bytes();

    @Override
    void close();

    /** A writer for a document titled {@code title} in {@code format}: Word or PDF. */
    static DocumentWriter of(DocumentFormat format, String title) {
        return switch (format) {
            case DOCX -> new WordDocument(title);
            case PDF -> new PdfDocument(title);
            default -> throw new IllegalArgumentException(format + " is not a laid-out document");
        };
    }
}
