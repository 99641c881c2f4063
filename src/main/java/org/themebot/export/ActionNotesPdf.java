package org.themebot.export;

/**
 * Action notes as a PDF, the form most secretaries circulate: the print page of {@link ActionNotesHtml}
 * laid out by openhtmltopdf on PDFBox (a maintained, pure-Java CSS 2.1 paged-media renderer; no
 * browser or office suite to run beside themebot). A4, the table header on every page, "Page X of Y",
 * text that can be selected and searched, and only embedded fonts ({@link PdfFonts}).
 */
public final class ActionNotesPdf implements ActionNotesRenderer {

    private final PdfFonts fonts;

    /** Set in the shipped font, with the fonts installed on this machine as fallbacks. */
    public ActionNotesPdf() {
        this(null);
    }

    /** Set in the given fonts (tests: the shipped font alone, whatever the machine has); null for the installed ones. */
    ActionNotesPdf(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public byte[] render(ActionNotes notes) {
        return HtmlPdf.render(this.fonts != null ? this.fonts : PdfFonts.installed(),
                families -> ActionNotesHtml.page(notes, families));
    }
}
