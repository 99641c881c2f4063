package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF, read back with PDFBox: pages, fonts, text and metadata. Set in the shipped font alone, so
 * the result does not depend on the fonts of the machine the tests run on.
 */
class ActionNotesPdfTest {

    private static final ActionNotesPdf PDF = new ActionNotesPdf(new PdfFonts(List.of()));

    /** 70 items of one or two short rows: without keeping headings with the next row, some would end a page. */
    private static byte[] longMeeting;

    @BeforeAll
    static void renderALongMeetingOnce() {
        List<ActionNotes.Item> items = new ArrayList<>();
        for (int i = 1; i <= 70; i++) {
            String text = "Ask \"Cllr Foster\" to raise item " + i + " at Cabinet" + "\n".repeat((i * 7) % 5) + "and report back";
            items.add(new ActionNotes.Item(i, "Heading of item " + i,
                    List.of(MeetingFixtures.action("A" + i, text, "Sept 08", null, "Sue Bent"))));
        }
        longMeeting = PDF.render(new ActionNotes(MeetingFixtures.GROUP, MeetingFixtures.MEETING_DATE, false,
                MeetingFixtures.PRESENT, MeetingFixtures.APOLOGIES, List.of(), items, Optional.empty()));
    }

    @Test
    void a4PagesWithTheHeaderRepeatedAndNumbered() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(longMeeting)) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            for (int p = 1; p <= pages; p++) {
                PDRectangle size = pdf.getPage(p - 1).getMediaBox();
                assertThat(size.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(size.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
                String text = page(pdf, p);
                assertThat(text).as("page %d", p).contains("Action Timescale Who")
                        .contains("Page " + p + " of " + pages)
                        .contains("Equalities and Communities Theme Group · 3 September 2008");
            }
        }
    }

    @Test
    void selectableTextWithEveryFontEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(longMeeting)) {
            String first = page(pdf, 1);
            assertThat(first).contains("Action Notes of the Equalities and Communities Theme Group")
                    .contains("Held on Wednesday 3rd September 2008")
                    .contains("Ask \"Cllr Foster\" to raise item 1 at Cabinet");
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName());
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(fonts).anyMatch(f -> f.endsWith("LiberationSans")).anyMatch(f -> f.endsWith("LiberationSans-Bold"));
        }
    }

    @Test
    void titleAndAuthorAreTheGroups() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(longMeeting)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Action Notes of the Equalities and Communities Theme Group");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Equalities and Communities Theme Group");
        }
    }

    @Test
    void aDraftSaysSoInTheTitleAndOnEveryPage() throws IOException {
        ActionNotes base = MeetingFixtures.september2008();
        ActionNotes open = new ActionNotes("E&CC \"Theme\" Group </style>", base.meetingDate(), true, base.present(), base.apologies(),
                base.opening(), base.items(), base.nextMeeting());
        try (PDDocument pdf = Loader.loadPDF(PDF.render(open))) {
            String text = page(pdf, 1);
            assertThat(text).contains("Action Notes of the E&CC \"Theme\" Group </style> (draft)")
                    .contains("E&CC \"Theme\" Group </style> · 3 September 2008 (draft)");
        }
    }

    @Test
    void anItemHeadingIsNeverTheLastRowOfAPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(longMeeting)) {
            for (int p = 1; p < pdf.getNumberOfPages(); p++) {
                String pageNumber = "Page " + p + " of";
                List<String> lines = page(pdf, p).lines().filter(l -> !l.isBlank() && !l.contains(pageNumber)).toList();
                assertThat(lines.get(lines.size() - 1)).as("last line of page %d", p).doesNotMatch("\\d+\\. Heading of item \\d+");
            }
        }
    }

    private static String page(PDDocument pdf, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(pdf);
    }
}
