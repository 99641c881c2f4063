package org.themebot.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * An Action | Timescale | Who table as Word writes it, read into rows of three columns of lines
 * ({@link WordTables}: a merged item row is one cell spanning the columns, a cell merged down from
 * the row above repeats that cell's timescale or who).
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
            return WordTables.blank(action) && WordTables.blank(timescale) && WordTables.blank(who);
        }

        /** "text | timescale | who", for a row that could not be read. */
        String asTyped() {
            return String.join(" | ", String.join(" ", WordTables.nonBlank(action)), String.join(" ", WordTables.nonBlank(timescale)),
                    String.join(" ", WordTables.nonBlank(who))).strip();
        }
    }

    /** The header's three columns, as groups name them. */
    private static final List<Predicate<String>> HEADER = List.of(
            name -> name.matches("actions?( agreed)?:?"),
            name -> name.matches("(timescales?|deadline|by when|when|due)( date)?:?"),
            name -> name.matches("(who|lead|by whom|owners?|responsible)( by)?:?"));

    private final List<Row> rows;

    private NotesTable(List<Row> rows) {
        this.rows = rows;
    }

    /** The table's rows after its header, when its first row reads Action | Timescale | Who. */
    static Optional<NotesTable> of(XWPFTable table) {
        if (table.getRows().isEmpty()) {
            return Optional.empty();
        }
        List<Integer> columnStarts = WordTables.header(table.getRow(0), HEADER);
        if (columnStarts.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        List<List<String>> above = List.of(List.of(), List.of(), List.of());
        for (int r = 1; r < table.getRows().size(); r++) {
            XWPFTableRow tableRow = table.getRow(r);
            if (!WordTables.header(tableRow, HEADER).isEmpty()) {
                continue; // the header typed again where a page began
            }
            WordTables.Cells cells = WordTables.row(tableRow, columnStarts, above);
            above = cells.columns();
            rows.add(new Row(r + 1, cells.columns().get(0), cells.columns().get(1), cells.columns().get(2),
                    cells.cells() == 1, cells.firstBold()));
        }
        return Optional.of(new NotesTable(rows));
    }

    List<Row> rows() {
        return rows;
    }
}
