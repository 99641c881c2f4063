package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/** A submission tabled at the meeting, in each of the four formats, under its item with its submitter as Who. */
class GoodPracticeInNotesTest {

    private static final ActionNotes NOTES = MeetingFixtures.oneItem(
            new ActionNotes.GoodPractice("G1", "Café für Älle & <friends>\nhttps://example.org/a?x=1&y=2\nStrands: race, age",
                    "Balbir Sohal", "discussed"),
            MeetingFixtures.note("Balbir talked us through it."));

    @Test
    void markdownShowsItAsARowWithItsSubmitter() {
        String md = new String(new ActionNotesMarkdown().render(NOTES), StandardCharsets.UTF_8);

        assertThat(md).contains("| **1. Matters arising** |  |  |\n"
                + "| Good practice G1: Café für Älle & \\<friends> |  | Balbir Sohal |\n"
                + "| https://example.org/a?x=1&y=2 |  |  |\n"
                + "| Strands: race, age |  |  |\n"
                + "| Balbir talked us through it. |  |  |");
    }

    @Test
    void htmlEscapesIt() {
        String html = new String(new ActionNotesHtml().render(NOTES), StandardCharsets.UTF_8);

        assertThat(html).contains("<tr><td>Good practice G1: Café für Älle &amp; &lt;friends&gt;<br />\n"
                + "https://example.org/a?x=1&amp;y=2<br />\nStrands: race, age</td><td></td><td>Balbir Sohal</td></tr>");
    }

    @Test
    void csvGivesItARowWithItsRefAndStatus() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(new ActionNotesCsv().render(NOTES), StandardCharsets.UTF_8).substring(1))).getRecords();

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.toList()).containsExactly("2008-09-03", "1",
                "Matters arising", "Café für Älle & <friends>\nhttps://example.org/a?x=1&y=2\nStrands: race, age", "", "",
                "Balbir Sohal", "discussed", "G1", "Action Notes of the Equalities and Communities Theme Group"));
    }

    @Test
    void docxPutsEachLineInItsOwnParagraph() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(new ActionNotesDocx().render(NOTES)))) {
            XWPFTableRow row = doc.getTables().get(0).getRow(2);

            assertThat(row.getCell(0).getParagraphs()).extracting(p -> p.getText()).containsExactly(
                    "Good practice G1: Café für Älle & <friends>", "https://example.org/a?x=1&y=2", "Strands: race, age");
            assertThat(row.getCell(2).getText()).isEqualTo("Balbir Sohal");
        }
    }
}
