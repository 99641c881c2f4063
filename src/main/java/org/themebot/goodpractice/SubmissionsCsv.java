package org.themebot.goodpractice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.themebot.people.Names;

/**
 * A group's submissions as RFC 4180 CSV, one row each, with a column per strand holding 1 where
 * the submission concerns it, so a spreadsheet's SUM shows each strand's coverage. Plain UTF-8,
 * text exactly as typed.
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
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .get())) {
            for (Submission s : export.submissions()) {
                List<Object> row = new ArrayList<>(List.of(s.ref(), s.title(), s.description(), s.link(),
                        names.of(s.submitter()), LocalDate.ofInstant(s.submittedAt(), export.group().zone()),
                        s.status().storeName(), s.principle().orElse("")));
                strands.forEach(strand -> row.add(s.concerns(strand) ? "1" : ""));
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw; CSVPrinter's signature does
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
