package org.themebot.goodpractice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.themebot.export.SpreadsheetCsv;
import org.themebot.people.Names;

/**
 * A group's submissions as CSV, one row each, with a column per strand holding 1 where the
 * submission concerns it, so a spreadsheet's SUM shows each strand's coverage. Written as every
 * themebot CSV is ({@link SpreadsheetCsv}): a byte-order mark, and no cell read as a formula.
 */
public final class SubmissionsCsv {

    private static final List<String> COLUMNS = List.of("ref", "title", "description", "link", "submitted_by",
            "submitted_on", "status", "principle");

    private SubmissionsCsv() {
    }

    public static byte[] render(GoodPracticeService.Export export, Names names) {
        List<String> strands = export.strands().withOthersIn(export.submissions());
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(strands);
        List<List<String>> rows = new ArrayList<>();
        for (Submission s : export.submissions()) {
            List<String> row = new ArrayList<>(List.of(s.ref(), s.title(), s.description(), s.link(),
                    names.of(s.submitter()), LocalDate.ofInstant(s.submittedAt(), export.group().zone()).toString(),
                    s.status().storeName(), s.principle().orElse("")));
            strands.forEach(strand -> row.add(s.concerns(strand) ? "1" : ""));
            rows.add(row);
        }
        return SpreadsheetCsv.write(header, rows);
    }
}
