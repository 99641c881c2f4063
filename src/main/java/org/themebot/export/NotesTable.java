package org.themebot.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * An Action | Timescale | Who table as Word writes it, read into rows of three columns of lines.
 * Cells are placed by their grid position (a merged item row is one cell spanning the columns), a
 * cell merged down from the row above repeats that cell's timescale or who, and line breaks inside
 * a paragraph count as lines like paragraphs do.
 */
final class NotesTable {

    /**
     * One body row: each column's lines as typed, blank ones kept (they line a timescale up with its action).
     *
     * @param number   the row's place in the table, the header being row 1
     * @param spanning one cell across the whole table, as an item heading usually is
     * @param bold     every run of the Action cell is bold
     */
    record Row(int number, List<String> action, List<String> timescale, List<String> who, boolean spanning, boolean bold) {

        boolean empty() {
            return blank(action) && blank(timescale) && blank(who);
        }

        /** "text | timescale | who", for a row that could not be read. */
        String asTyped() {
            return String.join(" | ", String.join(" ", nonBlank(action)), String.join(" ", nonBlank(timescale)),
                    String.join(" ", nonBlank(who))).strip();
        }
    }

    private final List<Row> rows;

    private NotesTable(List<Row> rows) {
        this.rows = rows;
    }

    /** The table's rows after its header, when its first row reads Action | Timescale | Who. */
    static Optional<NotesTable> of(XWPFTable table) {
        if (table.getRows().isEmpty()) {
            return Optional.empty();
        }
        List<Integer> columnStarts = headerColumns(table.getRow(0));
        if (columnStarts.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        List<List<String>> above = List.of(List.of(), List.of(), List.of());
        for (int r = 1; r < table.getRows().size(); r++) {
            XWPFTableRow tableRow = table.getRow(r);
            if (!headerColumns(tableRow).isEmpty()) {
                continue; // the header typed again where a page began
            }
            Row row = row(r + 1, tableRow, columnStarts, above);
            above = List.of(row.action(), row.timescale(), row.who());
            rows.add(row);
        }
        return Optional.of(new NotesTable(rows));
    }

    List<Row> rows() {
        return rows;
    }

    /** Where each of the three columns starts on the grid, when the row is the Action | Timescale | Who header. */
    private static List<Integer> headerColumns(XWPFTableRow row) {
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int grid = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            String text = String.join(" ", lines(cell)).strip().toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                starts.add(grid);
                names.add(text);
            }
            grid += span(cell);
        }
        boolean header = names.size() == 3 && names.get(0).matches("actions?( agreed)?:?")
                && names.get(1).matches("(timescales?|deadline|by when|when|due)( date)?:?")
                && names.get(2).matches("(who|lead|by whom|owners?|responsible)( by)?:?");
        return header ? starts : List.of();
    }

    private static Row row(int number, XWPFTableRow tableRow, List<Integer> columnStarts, List<List<String>> above) {
        List<List<String>> columns = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        int grid = 0;
        int cells = 0;
        boolean bold = true;
        for (XWPFTableCell cell : tableRow.getTableCells()) {
            int column = column(grid, columnStarts);
            cells++;
            if (continuesMergeFromAbove(cell)) {
                if (column > 0) {
                    columns.get(column).addAll(above.get(column)); // one timescale or owner for several actions
                }
            } else {
                columns.get(column).addAll(lines(cell));
                if (column == 0) {
                    bold = cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                            .filter(run -> !run.text().isBlank()).allMatch(run -> run.isBold());
                }
            }
            grid += span(cell);
        }
        return new Row(number, List.copyOf(columns.get(0)), List.copyOf(columns.get(1)), List.copyOf(columns.get(2)),
                cells == 1, bold && !blank(columns.get(0)));
    }

    private static int column(int grid, List<Integer> columnStarts) {
        int column = 0;
        for (int c = 0; c < columnStarts.size(); c++) {
            if (grid >= columnStarts.get(c)) {
                column = c;
            }
        }
        return column;
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.isSetGridSpan() ? properties.getGridSpan().getVal().intValue() : 1;
    }

    private static boolean continuesMergeFromAbove(XWPFTableCell cell) {
        CTTcPr properties = cell.getCTTc().getTcPr();
        return properties != null && properties.isSetVMerge()
                && (!properties.getVMerge().isSetVal() || properties.getVMerge().getVal() == STMerge.CONTINUE);
    }

    /** The cell's lines: each paragraph, split where a line break was typed inside it. */
    private static List<String> lines(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            String text = element instanceof XWPFParagraph paragraph ? paragraph.getText()
                    : element instanceof XWPFSDT control ? control.getContent().getText() : "";
            lines.addAll(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        }
        return lines.stream().map(NotesTable::tidy).toList();
    }

    /** Trailing spaces and tabs go; a no-break space is a space. */
    private static String tidy(String line) {
        return line.replace('\u00A0', ' ').stripTrailing();
    }

    static boolean blank(List<String> lines) {
        return lines.stream().allMatch(String::isBlank);
    }

    static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(line -> !line.isBlank()).map(String::strip).toList();
    }
}
