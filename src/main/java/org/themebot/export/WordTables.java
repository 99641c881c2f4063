package org.themebot.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Tables as Word writes them, read into columns of lines: the action notes' Action | Timescale | Who
 * and the action plan's five columns alike. Cells are placed by their grid position (a merged
 * heading row is one cell spanning the columns), a cell merged down from the row above repeats
 * that cell's lines, and line breaks inside a paragraph count as lines like paragraphs do.
 */
public final class WordTables {

    /**
     * One body row: each column's lines as typed, blank ones kept (they line a timescale up with its
     * action); {@code cells} is how many cells Word has in it, {@code firstBold} whether every run of
     * the first column is bold.
     */
    public record Cells(List<List<String>> columns, int cells, boolean firstBold) {
    }

    private WordTables() {
    }

    /**
     * Where each column starts on the grid, when the row's non-blank cells are as many as the
     * header's names and each (lower case, trimmed) passes its test; otherwise empty.
     */
    public static List<Integer> header(XWPFTableRow row, List<Predicate<String>> names) {
        List<Integer> starts = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        int grid = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            String text = String.join(" ", lines(cell)).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!text.isEmpty()) {
                starts.add(grid);
                typed.add(text);
            }
            grid += span(cell);
        }
        if (typed.size() != names.size()) {
            return List.of();
        }
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).test(typed.get(i))) {
                return List.of();
            }
        }
        return starts;
    }

    /** A body row's columns, placed by the header's {@code starts}; {@code above} is the row above's, for merged cells. */
    public static Cells row(XWPFTableRow tableRow, List<Integer> starts, List<List<String>> above) {
        List<List<String>> columns = new ArrayList<>();
        starts.forEach(start -> columns.add(new ArrayList<>()));
        int grid = 0;
        int cells = 0;
        boolean bold = true;
        for (XWPFTableCell cell : tableRow.getTableCells()) {
            int column = column(grid, starts);
            cells++;
            if (continuesMergeFromAbove(cell)) {
                if (column > 0 && column < above.size()) {
                    columns.get(column).addAll(above.get(column)); // one timescale or owner for several rows
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
        return new Cells(columns.stream().map(List::copyOf).toList(), cells, bold && !blank(columns.get(0)));
    }

    private static int column(int grid, List<Integer> starts) {
        int column = 0;
        for (int c = 0; c < starts.size(); c++) {
            if (grid >= starts.get(c)) {
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
        return lines.stream().map(WordTables::tidy).toList();
    }

    /** Trailing spaces and tabs go; a no-break space is a space. */
    private static String tidy(String line) {
        return line.replace('\u00A0', ' ').stripTrailing();
    }

    public static boolean blank(List<String> lines) {
        return lines.stream().allMatch(String::isBlank);
    }

    public static List<String> nonBlank(List<String> lines) {
        return lines.stream().filter(line -> !line.isBlank()).map(String::strip).toList();
    }
}
