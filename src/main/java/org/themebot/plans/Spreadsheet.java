package org.themebot.plans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One-sheet workbooks for plans and board reports: a bold title, a bold header row frozen in
 * place, then rows of wrapped text. Every cell is a text cell, so typed text starting "=" is
 * never a formula.
 */
public final class Spreadsheet {

    private Spreadsheet() {
    }

    public static byte[] write(String title, String sheetName, List<String> header, int[] widths, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setTitle(title);
            Sheet sheet = book.createSheet(sheetName);
            CellStyle bold = book.createCellStyle();
            Font boldFont = book.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle wrapped = book.createCellStyle();
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(VerticalAlignment.TOP);

            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            text(sheet.createRow(2), header, bold);
            sheet.createFreezePane(0, 3);
            for (int r = 0; r < rows.size(); r++) {
                text(sheet.createRow(3 + r), rows.get(r), wrapped);
            }
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory: only a POI bug gets here
        }
    }

    private static void text(Row row, List<String> cells, CellStyle style) {
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c)); // a string cell: never a formula
            row.getCell(c).setCellStyle(style);
        }
    }
}
