package org.themebot.plans;

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
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * A landscape A4 Word document of headings, paragraphs and ruled tables, as plans and board
 * reports are laid out (five columns need the width). Arial throughout; sizes in twips
 * (twentieths of a point) unless named otherwise. Build it, then take its {@link #bytes()}.
 */
final class WordDocument implements DocumentWriter {

    private static final int PAGE_LONG = 16838;
    private static final int PAGE_SHORT = 11906;
    private static final int MARGIN = 1020; // 1.8 cm
    /** The width between the margins, which column widths share. */
    private static final int TEXT_WIDTH = PAGE_LONG - 2 * MARGIN;
    private static final String FONT = "Arial";
    private static final int BODY_POINTS = 10;
    private static final String HEADER_SHADING = "D9D9D9";

    private final XWPFDocument doc = new XWPFDocument();

    WordDocument(String title) {
        doc.getProperties().getCoreProperties().setTitle(title);
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_LONG));
        size.setH(BigInteger.valueOf(PAGE_SHORT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        CTPageMar margins = section.addNewPgMar();
        BigInteger edge = BigInteger.valueOf(MARGIN);
        margins.setTop(edge);
        margins.setBottom(edge);
        margins.setLeft(edge);
        margins.setRight(edge);
        margins.setHeader(BigInteger.valueOf(709)); // Word wants all seven margins set
        margins.setFooter(BigInteger.valueOf(709));
        margins.setGutter(BigInteger.ZERO);
    }

    @Override
    public WordDocument title(String text) {
        run(doc.createParagraph(), text, true, 16).getParagraph().setSpacingAfter(240);
        return this;
    }

    @Override
    public WordDocument heading(String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setSpacingBefore(240);
        paragraph.setSpacingAfter(80);
        paragraph.setKeepNext(true);
        run(paragraph, text, true, 12);
        return this;
    }

    @Override
    public WordDocument paragraph(String text) {
        run(doc.createParagraph(), text, false, BODY_POINTS);
        return this;
    }

    @Override
    public WordDocument labelled(String label, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        run(paragraph, label + " ", true, BODY_POINTS);
        run(paragraph, text, false, BODY_POINTS);
        return this;
    }

    /** Each line of a cell is its own paragraph; a row is kept on one page when it fits. */
    @Override
    public WordDocument table(List<String> header, int[] percents, List<List<String>> rows) {
        int[] widths = widths(percents);
        XWPFTable table = doc.createTable(1, widths.length);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        // Fixed widths, so Word and LibreOffice do not size columns by their content.
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().addNewTblGrid();
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        XWPFTable.XWPFBorderType line = XWPFTable.XWPFBorderType.SINGLE; // half-point black rules round every cell
        table.setTopBorder(line, 4, 0, "000000");
        table.setBottomBorder(line, 4, 0, "000000");
        table.setLeftBorder(line, 4, 0, "000000");
        table.setRightBorder(line, 4, 0, "000000");
        table.setInsideHBorder(line, 4, 0, "000000");
        table.setInsideVBorder(line, 4, 0, "000000");
        table.setCellMargins(57, 100, 57, 100);
        XWPFTableRow headerRow = table.getRow(0);
        headerRow.setRepeatHeader(true);
        for (int c = 0; c < widths.length; c++) {
            headerRow.getCell(c).setColor(HEADER_SHADING);
            cell(headerRow.getCell(c), widths[c], header.get(c), true);
        }
        for (List<String> row : rows) {
            XWPFTableRow tableRow = table.createRow();
            for (int c = 0; c < widths.length; c++) {
                cell(tableRow.getCell(c), widths[c], c < row.size() ? row.get(c) : "", false);
            }
        }
        doc.createParagraph();
        return this;
    }

    /** Column widths in twips from percentages of {@link #TEXT_WIDTH}; the last takes what rounding leaves. */
    private static int[] widths(int... percents) {
        int[] widths = new int[percents.length];
        int left = TEXT_WIDTH;
        for (int i = 0; i < percents.length - 1; i++) {
            widths[i] = TEXT_WIDTH * percents[i] / 100;
            left -= widths[i];
        }
        widths[percents.length - 1] = left;
        return widths;
    }

    @Override
    public byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory: only a POI bug gets here
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(XWPFTableCell cell, int width, String text, boolean bold) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(width));
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            paragraph.setSpacingAfter(40);
            if (!lines[i].isEmpty()) {
                run(paragraph, lines[i], bold, BODY_POINTS);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int points) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setLang("en-GB");
        run.setText(text);
        return run;
    }
}
