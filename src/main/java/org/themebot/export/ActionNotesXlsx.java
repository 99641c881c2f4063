package org.themebot.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The spreadsheet version of the CSV (the same columns, {@link ActionNotesRows}) for people who work
 * in Excel or LibreOffice Calc: typed text stays text ("Sept 08" is not turned into a date, "=…"
 * is not a formula), dates are real dates, the header row stays in view, and it prints on A4 with
 * the notes' title and page numbers.
 */
public final class ActionNotesXlsx implements ActionNotesRenderer {

    /** Column widths in characters, in {@link ActionNotesRows#HEADER} order. */
    private static final int[] WIDTHS = {14, 13, 32, 60, 16, 12, 26, 8, 6, 40};
    private static final int ITEM_NUMBER = 1;
    private static final List<Integer> DATES = List.of(0, 5);
    private static final List<Integer> WRAPPED = List.of(2, 3, 4, 6);
    /** The notes' title, the last column, says the same on every row: printed once in the page header instead. */
    private static final int PRINTED_COLUMNS = 9;
    private static final float LINE_POINTS = 14.5f;

    @Override
    public byte[] render(ActionNotes notes) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setTitle(notes.title());
            book.getProperties().getCoreProperties().setCreator(notes.groupName());
            Styles styles = new Styles(book);
            XSSFSheet sheet = book.createSheet("Action notes");
            header(sheet, styles);
            int r = 1;
            for (ActionNotesRows.Row row : ActionNotesRows.of(notes)) {
                Row sheetRow = sheet.createRow(r++);
                fill(sheetRow, row, styles);
                // spreadsheets do not grow a row to its wrapped text when they open a file: it is sized here
                sheetRow.setHeightInPoints(LINE_POINTS * lines(row.texts()));
            }
            for (int c = 0; c < WIDTHS.length; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, WIDTHS.length - 1));
            print(sheet, notes);
            book.setPrintArea(0, 0, PRINTED_COLUMNS - 1, 0, Math.max(0, r - 1));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory: only a POI bug gets here
        }
    }

    private static void header(XSSFSheet sheet, Styles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < ActionNotesRows.HEADER.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(ActionNotesRows.HEADER.get(c));
            cell.setCellStyle(styles.header);
        }
    }

    private static void fill(Row sheetRow, ActionNotesRows.Row row, Styles styles) {
        List<String> texts = row.texts();
        for (int c = 0; c < texts.size(); c++) {
            Cell cell = sheetRow.createCell(c);
            if (c == ITEM_NUMBER && row.itemNumber().isPresent()) {
                cell.setCellValue(row.itemNumber().getAsInt());
                cell.setCellStyle(styles.number);
            } else if (DATES.contains(c)) {
                LocalDate date = c == 0 ? row.meetingDate() : row.due().orElse(null);
                if (date != null) {
                    cell.setCellValue(date);
                }
                cell.setCellStyle(styles.date);
            } else {
                // a string cell is never evaluated; the quote prefix keeps it text when someone edits it
                cell.setCellValue(texts.get(c));
                cell.setCellStyle(WRAPPED.contains(c) ? styles.wrappedText : styles.text);
            }
        }
    }

    /** How many lines the row's wrapped cells take at their column widths, about. */
    private static int lines(List<String> texts) {
        int lines = 1;
        for (int c : WRAPPED) {
            int wrapped = texts.get(c).lines().mapToInt(line -> Math.max(1, (line.length() + WIDTHS[c] - 1) / WIDTHS[c])).sum();
            lines = Math.max(lines, wrapped);
        }
        return lines;
    }

    /** A4 landscape, one page wide, the header row on every page, the title above and "Page X of Y" below. */
    private static void print(XSSFSheet sheet, ActionNotes notes) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        // "&" starts a header code in a spreadsheet's page header: typed ones are doubled to print as themselves
        sheet.getHeader().setCenter(notes.title().replace("&", "&&") + " — " + NotesText.date(notes.meetingDate()));
        sheet.getFooter().setCenter("Page &P of &N");
    }

    /** The cell styles, made once per workbook (a workbook holds at most 64,000). */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrappedText;
        final CellStyle date;
        final CellStyle number;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = base(book);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = base(book);
            text.setQuotePrefixed(true);
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            wrappedText = base(book);
            wrappedText.cloneStyleFrom(text);
            wrappedText.setWrapText(true);
            date = base(book);
            date.setDataFormat(book.createDataFormat().getFormat("d mmm yyyy"));
            date.setAlignment(HorizontalAlignment.LEFT);
            number = base(book);
        }

        private static CellStyle base(XSSFWorkbook book) {
            CellStyle style = book.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setBorderBottom(BorderStyle.THIN);
            return style;
        }
    }
}
