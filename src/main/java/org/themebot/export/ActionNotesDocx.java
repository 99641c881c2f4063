package org.themebot.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.themebot.export.NotesText.TableRow;

/**
 * Action notes as a Word document in the layout the groups already circulate: A4, Arial 11 pt,
 * a heading, the attendance lines, then one Action | Timescale | Who table whose header row repeats
 * on every page, and a footer with the group, the date and "Page X of Y". Sizes are in twentieths
 * of a point (twips) unless named otherwise.
 */
public final class ActionNotesDocx implements ActionNotesRenderer {

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134; // 2 cm
    private static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;
    /**
     * 60% / 15% / 25% of the 9638 twips between the margins. At 15% the Who column broke
     * "Andrew Harrison" and "Sue Bent / Debbie Briggs" in the middle of names; at 25% names of two
     * or three words ("Cllr Kevin Foster", "Oluwaseun Adébáyọ̀") break only between words.
     */
    private static final int[] COLUMN_WIDTHS = {5782, 1446, 2410};
    /**
     * An action row is kept whole on one page only up to about this many lines: a taller one moving
     * to the next page would leave a third of a page empty, so it may break like a note.
     */
    private static final int ROW_KEPT_WHOLE_UP_TO_LINES = 10;
    /** Characters of 11 pt Arial on one line of the Action column, about; for the estimate above. */
    private static final int ACTION_CHARACTERS_PER_LINE = 60;
    private static final String HEADER_SHADING = "D9D9D9";

    @Override
    public byte[] render(ActionNotes notes) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxParts.apply(doc, TEXT_WIDTH);
            pageSetup(doc);
            properties(doc, notes);
            footer(doc, notes);

            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Heading1");
            title.createRun().setText(notes.title());
            doc.createParagraph().createRun().setText(notes.heldOn());
            labelled(doc.createParagraph(), "Present:", NotesText.names(notes.present()));
            labelled(doc.createParagraph(), "Apologies:", NotesText.names(notes.apologies()));

            table(doc, NotesText.table(notes));

            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory: only a POI bug gets here
        }
    }

    /** Title, and the group as author (Word shows "Apache POI" otherwise). */
    private static void properties(XWPFDocument doc, ActionNotes notes) {
        var core = doc.getProperties().getCoreProperties();
        core.setTitle(notes.title());
        core.setCreator(notes.groupName());
        core.setLastModifiedByUser(notes.groupName());
        core.setSubjectProperty(NotesText.longDate(notes.meetingDate()));
        doc.getProperties().getExtendedProperties().setApplication("themebot");
    }

    /** "E&CC Theme Group · 3 September 2008" on the left of every page's foot, "Page 2 of 5" on the right. */
    private static void footer(XWPFDocument doc, ActionNotes notes) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph line = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        line.setStyle("Footer");
        line.createRun().setText(ActionNotesHtml.footer(notes));
        line.createRun().addTab();
        line.createRun().setText("Page ");
        field(line, "PAGE");
        line.createRun().setText(" of ");
        field(line, "NUMPAGES");
    }

    /** A field Word and LibreOffice fill in as they lay out the pages; "1" until they do. */
    private static void field(XWPFParagraph paragraph, String instruction) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText code = paragraph.createRun().getCTR().addNewInstrText();
        code.setStringValue(" " + instruction + " ");
        code.setSpace(SpaceAttribute.Space.PRESERVE);
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        paragraph.createRun().setText("1");
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        BigInteger headerFooter = BigInteger.valueOf(709); // Word's default, 1.25 cm; Word wants all seven margins set
        margins.setHeader(headerFooter);
        margins.setFooter(headerFooter);
        margins.setGutter(BigInteger.ZERO);
    }

    /** "Present: Sue Bent, June Jeffrey and Andrew Harrison" with the label in bold. */
    private static void labelled(XWPFParagraph paragraph, String label, String text) {
        XWPFRun bold = paragraph.createRun();
        bold.setBold(true);
        bold.setText(label);
        paragraph.createRun().setText(" " + text);
    }

    private static void table(XWPFDocument doc, List<TableRow> rows) {
        XWPFTable table = doc.createTable(1, COLUMN_WIDTHS.length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        // A fixed layout keeps these widths instead of letting Word and LibreOffice size columns by content.
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().addNewTblGrid(); // Word requires the grid; POI does not write one
        for (int width : COLUMN_WIDTHS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        // half-point black lines round every cell, as in the circulated notes
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setCellMargins(57, 108, 0, 108);

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < COLUMN_WIDTHS.length; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEADER_SHADING);
            fill(cell, COLUMN_WIDTHS[c], NotesText.HEADER.get(c), true);
        }
        for (TableRow row : rows) {
            XWPFTableRow tableRow = table.createRow();
            if (row.heading()) {
                heading(tableRow, row.action());
                continue;
            }
            // A note may run to many lines and must be free to continue on the next page; so may a tall action.
            if (row.kind() == TableRow.Kind.ACTION && lines(row.action()) <= ROW_KEPT_WHOLE_UP_TO_LINES) {
                tableRow.setCantSplitRow(true);
            }
            fill(tableRow.getCell(0), COLUMN_WIDTHS[0], row.action(), false);
            fill(tableRow.getCell(1), COLUMN_WIDTHS[1], row.timescale(), false);
            fill(tableRow.getCell(2), COLUMN_WIDTHS[2], row.who(), false);
        }
    }

    /**
     * An agenda item as one bold cell spanning the row: in the Action column alone, long titles
     * wrapped onto a second line. Kept on the same page as the row after it.
     */
    private static void heading(XWPFTableRow tableRow, String text) {
        tableRow.removeCell(2);
        tableRow.removeCell(1);
        XWPFTableCell cell = tableRow.getCell(0);
        CTTc tc = cell.getCTTc();
        CTTcPr properties = tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr();
        properties.addNewGridSpan().setVal(BigInteger.valueOf(COLUMN_WIDTHS.length));
        fill(cell, TEXT_WIDTH, text, true);
        cell.getParagraphs().forEach(paragraph -> paragraph.setKeepNext(true));
        tableRow.setCantSplitRow(true);
    }

    /** How many lines text takes in the Action column, about: each typed line wrapped at {@link #ACTION_CHARACTERS_PER_LINE}. */
    static int lines(String text) {
        return text.lines().mapToInt(line -> Math.max(1, (line.length() + ACTION_CHARACTERS_PER_LINE - 1) / ACTION_CHARACTERS_PER_LINE))
                .sum();
    }

    /** Sets a cell's width and text; each typed line becomes its own paragraph. */
    private static void fill(XWPFTableCell cell, int width, String text, boolean bold) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(width));
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setSpacingAfter(60);
            if (!lines[i].isEmpty()) {
                XWPFRun run = paragraph.createRun();
                if (bold) {
                    run.setBold(true);
                }
                run.setText(lines[i]);
            }
        }
    }
}
