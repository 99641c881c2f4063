package org.themebot.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.themebot.export.NotesText.TableRow;

/**
 * Action notes as a Word document in the layout the groups already circulate: A4, Arial 11 pt,
 * a heading, the attendance lines, then one Action | Timescale | Who table whose header row repeats
 * on every page. Sizes are in twentieths of a point (twips) unless named otherwise.
 */
public final class ActionNotesDocx implements ActionNotesRenderer {

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134; // 2 cm
    private static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;
    /**
     * 65% / 15% / 20% of the 9638 twips between the margins. At 15% the Who column broke
     * "Andrew Harrison" and "Sue Bent / Debbie Briggs" in the middle of names; at 20% each name fits on a line.
     */
    private static final int[] COLUMN_WIDTHS = {6264, 1446, 1928};
    private static final String HEADER_SHADING = "D9D9D9";
    private static final String FONT = "Arial";
    private static final int FONT_HALF_POINTS = 22; // 11 pt
    private static final int TITLE_HALF_POINTS = 32; // 16 pt

    @Override
    public byte[] render(ActionNotes notes) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createStyles().setStyles(styles());
            pageSetup(doc);
            doc.getProperties().getCoreProperties().setTitle(notes.title());

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

    /** Document defaults (Arial 11 pt, British English) and a real "heading 1" so the title shows in Word's navigation pane. */
    private static CTStyles styles() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        CTRPr run = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = run.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(FONT_HALF_POINTS));
        run.addNewSzCs().setVal(BigInteger.valueOf(FONT_HALF_POINTS));
        run.addNewLang().setVal("en-GB");
        CTPPrGeneral paragraph = defaults.addNewPPrDefault().addNewPPr();
        // no lone first or last line of a long note at a page break
        paragraph.addNewWidowControl();
        paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));

        CTStyle heading = styles.addNewStyle();
        heading.setType(STStyleType.PARAGRAPH);
        heading.setStyleId("Heading1");
        heading.addNewName().setVal("heading 1");
        heading.addNewQFormat();
        CTPPrGeneral headingParagraph = heading.addNewPPr();
        headingParagraph.addNewKeepNext();
        headingParagraph.addNewSpacing().setAfter(BigInteger.valueOf(240));
        headingParagraph.addNewOutlineLvl().setVal(BigInteger.ZERO);
        CTRPr headingRun = heading.addNewRPr();
        headingRun.addNewB();
        headingRun.addNewSz().setVal(BigInteger.valueOf(TITLE_HALF_POINTS));
        headingRun.addNewSzCs().setVal(BigInteger.valueOf(TITLE_HALF_POINTS));
        return styles;
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
            // A note may run to many lines and must be free to continue on the next page; an action row is short.
            if (row.kind() == TableRow.Kind.ACTION) {
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
