package org.themebot.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.themebot.plans.PlanGroup.DEBBIE;
import static org.themebot.plans.PlanGroup.JUNE;
import static org.themebot.plans.PlanGroup.SUE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.themebot.slack.goodpractice.GoodPracticeCommands;
import org.themebot.commands.CommandError;
import org.themebot.commands.NotAllowed;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.meetings.Attendance;
import org.themebot.people.Names;
import org.themebot.store.TestDatabase;

class AnnualReportTest {

    private static final LocalDate TODAY = LocalDate.of(2009, 5, 1);
    private static final Names NAMES = Map.of(SUE, "Sue Bent", DEBBIE, "Debbie Briggs", JUNE, "June Jeffrey")::get;

    @TempDir
    Path dir;

    @Test
    void aFinancialYearIsAprilToMarch() {
        ReportPeriod period = ReportPeriod.read(" 2008/09 ", TODAY);

        assertThat(period).isEqualTo(new ReportPeriod("2008/09", LocalDate.of(2008, 4, 1), LocalDate.of(2009, 3, 31)));
        assertThat(period.span()).isEqualTo("1 April 2008 to 31 March 2009");
        assertThat(ReportPeriod.read("April 2008 – September 2008", TODAY).to())
                .isEqualTo(LocalDate.of(2008, 9, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ongoing", "next meeting", "whenever", "31/02/09"})
    void whatIsNotAPeriodIsRefusedSayingSo(String typed) {
        assertThatThrownBy(() -> ReportPeriod.read(typed, TODAY)).isInstanceOfSatisfying(CommandError.class,
                e -> assertThat(e.getMessage()).containsAnyOf("is not a period I can read", "is not a real date"));
    }

    @Test
    void theYearsObjectivesMeetingsAndGoodPracticeAndNothingOutsideIt() throws IOException {
        PlanGroup group = PlanGroup.setUp(TestDatabase.sqlite(dir).jdbi(), "C0EQ", "E&CC Theme Group",
                Instant.parse("2008-03-01T09:00:00Z"));
        PlanService plans = group.plans();
        GoodPracticeService goodPractice = new GoodPracticeService(group.jdbi());
        plans.add(group.as(DEBBIE, "2008-03-20T09:00:00Z"), PlanDraft.quick("Ended before the year", List.of(), "Jan 08"));
        plans.add(group.as(DEBBIE, "2008-04-02T09:00:00Z"), PlanDraft.quick("Hate crime reporting", List.of(), "2008/10"));
        plans.add(group.as(DEBBIE, "2009-04-10T09:00:00Z"), PlanDraft.quick("Entered after the year", List.of(), "2009/10"));
        group.actions().add(group.as(DEBBIE, "2008-04-02T09:00:00Z"), "Open two centres | <@" + JUNE + "> | Oct 08");
        group.actions().add(group.as(DEBBIE, "2008-04-02T09:00:00Z"), "Open a third | <@" + JUNE + "> | May 09");
        plans.link(group.as(DEBBIE, "2008-04-02T09:00:00Z"), 1, 2);
        plans.link(group.as(DEBBIE, "2008-04-02T09:00:00Z"), 2, 2);
        group.actions().done(group.as(JUNE, "2008-10-20T15:00:00Z"), "A1");
        group.actions().done(group.as(JUNE, "2009-04-20T15:00:00Z"), "A2"); // after the year

        group.meetings().start(group.as(DEBBIE, "2008-03-05T09:00:00Z"), "2008-03-05"); // before the year
        group.meetings().end(group.as(DEBBIE, "2008-03-05T12:00:00Z"));
        group.meetings().start(group.as(DEBBIE, "2008-09-03T09:00:00Z"), "2008-09-03");
        group.meetings().attend(group.as(DEBBIE, "2008-09-03T09:01:00Z"), Attendance.PRESENT,
                "<@" + SUE + ">, June Jeffrey and <@" + DEBBIE + ">");
        group.meetings().attend(group.as(DEBBIE, "2008-09-03T09:01:00Z"), Attendance.APOLOGIES, "John Brady");
        plans.review(group.as(SUE, "2008-09-03T10:00:00Z"), 2, "Two centres agreed");
        group.meetings().end(group.as(DEBBIE, "2008-09-03T12:00:00Z"));
        plans.review(group.as(SUE, "2009-04-03T10:00:00Z"), 2, "After the year");
        plans.status(group.as(SUE, "2008-12-01T10:00:00Z"), 2, PlanStatus.AT_RISK, Optional.of("funding"));

        goodPractice.submit(group.as(JUNE, "2008-06-01T09:00:00Z"), GoodPracticeCommands.draft("Hate crime in schools | | race, faith"));
        goodPractice.submit(group.as(JUNE, "2008-07-01T09:00:00Z"), GoodPracticeCommands.draft("Accessible venues | | disability"));
        goodPractice.submit(group.as(JUNE, "2009-06-01T09:00:00Z"), GoodPracticeCommands.draft("After the year | | gender"));

        AnnualReports reports = new AnnualReports(group.jdbi());
        assertThatThrownBy(() -> reports.report(group.as(JUNE, "2009-05-01T09:00:00Z"), "2008/09"))
                .isInstanceOf(NotAllowed.class);
        AnnualReports.ReportData data = reports.report(group.as(SUE, "2009-05-01T09:00:00Z"), " 2008/09 ");
        AnnualReport report = data.toReport(NAMES);

        assertThat(data.fileName(DocumentFormat.DOCX)).isEqualTo("annual-report-2008-09.docx");
        assertThat(report.title()).isEqualTo("E&CC Theme Group Annual Report 2008/09");
        assertThat(report.objectives()).containsExactly(new AnnualReport.Objective("P2", "Hate crime reporting",
                "At risk: funding", List.of("3 September 2008: Two centres agreed", "1 December 2008: At risk: funding"),
                List.of("A1 Open two centres (done 20 October 2008)")));
        assertThat(report.meetings()).containsExactly(new AnnualReport.MeetingHeld(LocalDate.of(2008, 9, 3),
                report.meetings().get(0).title(), List.of("Sue Bent", "June Jeffrey", "Debbie Briggs"),
                List.of("John Brady")));
        assertThat(report.goodPractice()).containsExactly(
                new StrandExamples("race", List.of("Hate crime in schools")),
                new StrandExamples("disability", List.of("Accessible venues")),
                new StrandExamples("gender", List.of()),
                new StrandExamples("age", List.of()),
                new StrandExamples("religion or belief", List.of("Hate crime in schools")),
                new StrandExamples("sexual orientation", List.of()));
        assertThat(report.gaps()).containsExactly("gender", "age", "sexual orientation");

        byte[] docx = AnnualReportDocument.render(report, DocumentFormat.DOCX);
        Files.createDirectories(Path.of("target", "plan-samples"));
        Files.write(Path.of("target", "plan-samples", data.fileName(DocumentFormat.DOCX)), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains(
                    "E&CC Theme Group Annual Report 2008/09", "1 April 2008 to 31 March 2009", "Action plan",
                    "Meetings held (1)", "Good practice by equality strand",
                    "Hidden voices: no examples for gender, age and sexual orientation.");
            assertThat(doc.getTables()).hasSize(3);
            assertThat(doc.getTables().get(0).getRow(1).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("P2. Hate crime reporting", "At risk: funding",
                            "3 September 2008: Two centres agreed" + "1 December 2008: At risk: funding",
                            "A1 Open two centres (done 20 October 2008)");
            assertThat(doc.getTables().get(0).getRow(1).getCell(2).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("3 September 2008: Two centres agreed", "1 December 2008: At risk: funding");
            assertThat(doc.getTables().get(1).getRow(1).getCell(1).getText()).isEqualTo("Sue Bent, June Jeffrey and Debbie Briggs");
        }
    }
}
