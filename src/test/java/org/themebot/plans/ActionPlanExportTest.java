package org.themebot.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.plans.PlanGroup.DEBBIE;
import static org.themebot.plans.PlanGroup.JUNE;
import static org.themebot.plans.PlanGroup.SUE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.themebot.people.Names;
import org.themebot.people.Who;
import org.themebot.store.TestDatabase;

/**
 * The first objectives of a 2008/10 plan entered through the service, reviewed at two meetings,
 * exported: the table reads like the original's five columns, the reviews dated under Outcomes.
 */
class ActionPlanExportTest {

    private static final Names NAMES = Map.of(SUE, "Sue Bent", DEBBIE, "Debbie Briggs", JUNE, "June Jeffrey")::get;

    @TempDir
    static Path dir;
    private static PlanService.PlanExport export;

    /** Once for the class: the tests only read what it entered. */
    @BeforeAll
    static void enterThePlanAndReviewItTwice() {
        PlanGroup group = PlanGroup.setUp(TestDatabase.sqlite(dir).jdbi(), "C0RSPED",
                "Regional Strategic Partnership for Equality and Diversity", Instant.parse("2008-04-02T09:00:00Z"));
        PlanService plans = group.plans();
        String entered = "2008-04-02T10:00:00Z";
        plans.add(group.as(DEBBIE, entered), new PlanDraft(
                "Ensure equality and diversity is mainstreamed in the work of all partners",
                List.of("Audit of partners' equality schemes", "Share the results at a partnership event"),
                "April 2008 – March 2010", List.of(new Who.SlackUser(SUE)),
                List.of("Audit completed and reported", "Event held with 50+ attendees")));
        plans.add(group.as(DEBBIE, entered), new PlanDraft(
                "Develop a communications strategy for the Partnership",
                List.of("Task group to draft = \"consult widely\""), "August 2008 – April 2009 (for Year 3)",
                List.of(new Who.Named("Cllr Kevin Foster")), List.of("Strategy agreed")));
        plans.add(group.as(DEBBIE, entered), PlanDraft.quick("Hate crime reporting centres", List.of(), "2008/10"));

        group.meetings().start(group.as(DEBBIE, "2008-09-03T09:00:00Z"), "2008-09-03");
        plans.review(group.as(JUNE, "2008-09-03T10:00:00Z"), 1, "Audit under way: 6 of 11 partners returned");
        group.meetings().end(group.as(DEBBIE, "2008-09-03T12:00:00Z"));
        group.meetings().start(group.as(DEBBIE, "2008-10-22T09:00:00Z"), "2008-10-22");
        plans.review(group.as(SUE, "2008-10-22T10:00:00Z"), 1, "All 11 returned; event booked for January");
        plans.measure(group.as(DEBBIE, "2008-10-22T10:05:00Z"), 1, 1, true);
        plans.status(group.as(SUE, "2008-10-22T10:10:00Z"), 2, PlanStatus.AT_RISK, Optional.of("no officer time"));
        group.meetings().end(group.as(DEBBIE, "2008-10-22T12:00:00Z"));

        export = plans.export(group.as(DEBBIE, "2008-11-12T09:00:00Z"));
    }

    @Test
    void theModelHasTheFiveColumnsWithReviewsDatedUnderOutcomes() {
        ActionPlan plan = export.toActionPlan(NAMES);

        assertThat(plan.title()).isEqualTo("Regional Strategic Partnership for Equality and Diversity Action Plan 2008/10");
        assertThat(export.fileName(DocumentFormat.DOCX)).isEqualTo("action-plan-2008-11-12.docx");
        assertThat(plan.rows().get(0).cells()).containsExactly(
                "P1. Ensure equality and diversity is mainstreamed in the work of all partners",
                "Audit of partners' equality schemes\nShare the results at a partnership event",
                "April 2008 – March 2010\nLead: Sue Bent",
                "✓ Audit completed and reported\n• Event held with 50+ attendees",
                "Status: On track\n3 September 2008: Audit under way: 6 of 11 partners returned"
                        + "\n22 October 2008: All 11 returned; event booked for January");
        assertThat(plan.rows().get(1).cells().get(2)).isEqualTo("August 2008 – April 2009 (for Year 3)\nLead: Cllr Kevin Foster");
        assertThat(plan.rows().get(1).cells().get(4)).isEqualTo("Status: At risk\n22 October 2008: At risk: no officer time");
        assertThat(plan.rows().get(2).cells().get(2)).isEqualTo("2008/10");
    }

    @Test
    void theWordTableReadsLikeTheOriginal() throws IOException {
        byte[] docx = export.toActionPlan(NAMES).render(DocumentFormat.DOCX);
        Path out = Path.of("target", "plan-samples");
        Files.createDirectories(out);
        Files.write(out.resolve(export.fileName(DocumentFormat.DOCX)), docx); // to look at, rendered by LibreOffice

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("Regional Strategic Partnership for Equality and Diversity Action Plan 2008/10");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient())
                    .isEqualTo(STPageOrientation.LANDSCAPE);
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("Action", "Methodology", "Timescale [Lead Member]", "Measurables / Outputs",
                            "Outcomes [Review Comments]");
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRows()).hasSize(4);
            XWPFTableCell outcomes = table.getRow(1).getCell(4);
            assertThat(outcomes.getParagraphs()).extracting(p -> p.getText()).containsExactly("Status: On track",
                    "3 September 2008: Audit under way: 6 of 11 partners returned",
                    "22 October 2008: All 11 returned; event booked for January");
            assertThat(table.getRow(1).getCell(2).getParagraphs()).extracting(p -> p.getText())
                    .containsExactly("April 2008 – March 2010", "Lead: Sue Bent");
        }
    }

    @Test
    void thePdfIsTheSameTableOnLandscapePages() throws IOException {
        byte[] pdf = export.toActionPlan(NAMES).render(DocumentFormat.PDF);
        Files.write(Files.createDirectories(Path.of("target", "plan-samples")).resolve(export.fileName(DocumentFormat.PDF)),
                pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(page.getWidth()).as("landscape").isGreaterThan(page.getHeight());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("Regional Strategic Partnership for Equality and Diversity Action Plan 2008/10",
                    "Action Methodology Timescale [Lead Member] Measurables / Outputs Outcomes [Review Comments]",
                    "Task group to draft = \"consult widely\"", "Lead: Cllr Kevin Foster",
                    "3 September 2008: Audit under way: 6 of 11 partners returned", "Page 1 of");
        }
    }
}
