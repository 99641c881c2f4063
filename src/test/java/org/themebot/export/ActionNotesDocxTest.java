package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;

class ActionNotesDocxTest {

    private final ActionNotesDocx docx = new ActionNotesDocx();

    @Test
    void headingAndAttendance() throws IOException {
        try (XWPFDocument doc = read(MeetingFixtures.september2008())) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("Action Notes of the Equalities and Communities Theme Group");
            assertThat(paragraphs.get(0).getStyle()).isEqualTo("Heading1");
            assertThat(paragraphs.get(1).getText()).isEqualTo("Held on Wednesday 3rd September 2008");
            assertThat(paragraphs.get(2).getText()).startsWith("Present: Sue Bent, June Jeffrey, ").endsWith("Debbie Briggs and Andrew Harrison");
            assertThat(paragraphs.get(2).getRuns().get(0).isBold()).isTrue();
            assertThat(paragraphs.get(3).getText()).startsWith("Apologies: June Morley, ").endsWith("Richard Tomlins and Alison Quigley");
        }
    }

    @Test
    void oneTableWithARepeatingHeaderRow() throws IOException {
        try (XWPFDocument doc = read(MeetingFixtures.september2008())) {
            assertThat(doc.getTables()).hasSize(1);
            XWPFTableRow header = doc.getTables().get(0).getRow(0);
            assertThat(texts(header)).containsExactly("Action", "Timescale", "Who");
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getCell(0).getColor()).isEqualTo("D9D9D9");
            assertThat(header.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void itemsNotesAndActionsInOrder() throws IOException {
        try (XWPFDocument doc = read(MeetingFixtures.september2008())) {
            XWPFTable table = doc.getTables().get(0);
            List<List<String>> rows = table.getRows().stream().map(ActionNotesDocxTest::texts).toList();

            assertThat(rows).hasSize(1 + 4 + 4 + 6 + 1); // header, items, notes, actions, next meeting
            assertThat(rows.get(1)).containsExactly("1. New Coventry Partnership Development Manager");
            assertThat(rows.get(2)).containsExactly(
                    "Sue welcomed Dawn Ford to the meeting. Dawn is the new Coventry Partnership Development Manager.", "", "");
            assertThat(rows.get(3)).containsExactly("2. Revised Terms of Reference for the E&CC Theme Group");
            assertThat(rows.get(5)).containsExactly(
                    "Forward the Home Office Toolkit to Debbie for circulation to the group", "Sept 08", "Balbir Sohal / Debbie Briggs");
            assertThat(rows.get(6)).containsExactly(
                    "Sue and Debbie to get together and make the suggested changes to the ToRs", "22 Oct 08", "Sue Bent / Debbie Briggs");
            assertThat(rows).contains(List.of("Look for some examples of more managerial aspects in CLYP", "Sept/Oct 08", "Sally Giles"));
            assertThat(rows.get(rows.size() - 2)).containsExactly(
                    "Let Debbie know of any good practice examples so they can be put on the agenda for the next meeting", "8 Oct 08", "ALL");
            assertThat(rows.get(rows.size() - 1)).containsExactly("5. Date of Next Meeting: 22 October 2008");
        }
    }

    @Test
    void itemRowsAreBoldAndSpanTheTable() throws IOException {
        try (XWPFDocument doc = read(MeetingFixtures.september2008())) {
            XWPFTableCell item = doc.getTables().get(0).getRow(1).getCell(0);
            assertThat(item.getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.valueOf(3));
            assertThat(item.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        }
    }

    @Test
    void a4Portrait() throws IOException {
        try (XWPFDocument doc = read(MeetingFixtures.september2008())) {
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
        }
    }

    @Test
    void typedTextSurvivesAsTextAndLinesBecomeParagraphs() throws IOException {
        try (XWPFDocument doc = read(MeetingFixtures.oneItem(
                MeetingFixtures.action("A1", "Check <script> & \"quotes\"\nthen report", "22 Oct 08", null, "R&D")))) {
            XWPFTableCell action = doc.getTables().get(0).getRow(2).getCell(0);
            assertThat(action.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("Check <script> & \"quotes\"", "then report");
            assertThat(doc.getTables().get(0).getRow(2).getCell(2).getText()).isEqualTo("R&D");
        }
    }

    @Test
    void draftTitle() throws IOException {
        ActionNotes base = MeetingFixtures.september2008();
        ActionNotes open = new ActionNotes(base.groupName(), base.meetingDate(), true, base.present(), base.apologies(),
                base.opening(), base.items(), base.nextMeeting());
        try (XWPFDocument doc = read(open)) {
            assertThat(doc.getParagraphs().get(0).getText()).endsWith("Theme Group (draft)");
        }
    }

    @Test
    void everyPageFootSaysTheGroupTheDateAndPageXOfY() throws IOException {
        try (XWPFDocument doc = read(MeetingFixtures.september2008())) {
            assertThat(doc.getFooterList()).hasSize(1);
            XWPFFooter footer = doc.getFooterList().get(0);
            String xml = footer._getHdrFtr().xmlText();
            assertThat(xml).contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>")
                    .contains("<w:instrText xml:space=\"preserve\"> NUMPAGES </w:instrText>");
            assertThat(footer.getText()).startsWith("Equalities and Communities Theme Group · 3 September 2008\tPage ")
                    .contains(" of ");
            assertThat(doc.getDocument().getBody().getSectPr().getFooterReferenceList()).hasSize(1);
        }
    }

    @Test
    void theGroupIsTheAuthorNotApachePoi() throws IOException {
        try (XWPFDocument doc = read(MeetingFixtures.september2008())) {
            var core = doc.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("Equalities and Communities Theme Group");
            assertThat(core.getLastModifiedByUser()).isEqualTo("Equalities and Communities Theme Group");
            assertThat(core.getTitle()).isEqualTo("Action Notes of the Equalities and Communities Theme Group");
            assertThat(doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("themebot");
        }
    }

    @Test
    void aRealNormalStyleAndWord2013CompatibilitySoNoCompatibilityMode() throws IOException {
        try (XWPFDocument doc = read(MeetingFixtures.september2008())) {
            XWPFStyle normal = doc.getStyles().getStyle("Normal");
            assertThat(normal).isNotNull();
            assertThat(normal.getCTStyle().xmlText()).contains("w:default=\"1\"");
            assertThat(doc.getStyles().getStyle("Heading1").getBasisStyleID()).isEqualTo("Normal");
            assertThat(doc.getSettings().getCTSettings().xmlText()).contains(
                    "<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>");
        }
    }

    @Test
    void eastAsianTextIsLeftToAFontThatHasIt() throws IOException {
        try (XWPFDocument doc = read(MeetingFixtures.september2008())) {
            String styles = doc.getStyles().getCtStyles().xmlText();
            assertThat(styles).contains("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>")
                    .doesNotContain("w:eastAsia=\"Arial\"");
        }
    }

    @Test
    void theWhoColumnIsAQuarterOfTheTable() throws IOException {
        try (XWPFDocument doc = read(MeetingFixtures.september2008())) {
            var grid = doc.getTables().get(0).getCTTbl().getTblGrid().getGridColList();
            int total = grid.stream().mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum();
            assertThat(((BigInteger) grid.get(2).getW()).intValue()).isGreaterThanOrEqualTo(total / 4);
        }
    }

    @Test
    void aShortActionRowIsKeptWholeButATallOneMayBreakAcrossPages() throws IOException {
        String tall = String.join("\n", java.util.Collections.nCopies(14, "Write to each of the partner agencies in turn"));
        try (XWPFDocument doc = read(MeetingFixtures.oneItem(
                MeetingFixtures.action("A1", "Send the toolkit round", "Sept 08", null, "Sue Bent"),
                MeetingFixtures.action("A2", tall, "Sept 08", null, "Sue Bent")))) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(2).isCantSplitRow()).isTrue();
            assertThat(table.getRow(3).isCantSplitRow()).isFalse();
        }
    }

    private XWPFDocument read(ActionNotes notes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx.render(notes)));
    }

    private static List<String> texts(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
    }
}
