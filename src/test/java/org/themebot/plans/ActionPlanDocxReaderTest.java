package org.themebot.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.themebot.export.ImportedNotes;
import org.themebot.people.Names;
import org.themebot.people.Who;

/** Action plans read back from Word: our own export, and a plan typed in the 2008/10 layout. */
class ActionPlanDocxReaderTest {

    private static final Names NAMES = id -> "Sue Bent";

    @Test
    void ourOwnExportReadsBackAsTheSamePlanItems() {
        PlanItem centres = PlanFixtures.full(1, "Hate crime reporting centres in every ward",
                List.of("Audit existing centres", "Recruit and train volunteers"), "April 2008 – March 2010",
                new Who.Named("Cllr Kevin Foster"), List.of(new PlanItem.Measurable(1, "10 centres open",
                        Optional.of(PlanFixtures.CREATED)), new PlanItem.Measurable(2, "Annual report", Optional.empty())),
                PlanStatus.AT_RISK);
        PlanItem guide = PlanFixtures.full(2, "A good practice guide for the Partnership", List.of(),
                "August 2008 – April 2009 (for Year 3)", new Who.SlackUser("U0SUE"), List.of(), PlanStatus.ON_TRACK);
        List<PlanReview> reviews = List.of(PlanFixtures.review(1, "2008-11-12T10:00:00Z", "Two centres open: a third in January"),
                new PlanReview(7, 1, PlanReview.Kind.STATUS, "At risk: funding not confirmed", "U0SUE", Optional.empty(),
                        java.time.Instant.parse("2008-12-03T10:00:00Z")));
        ActionPlan plan = new ActionPlan("E&CC Theme Group Action Plan 2008/10", List.of(
                ActionPlan.row(centres, reviews, PlanFixtures.LONDON, NAMES),
                ActionPlan.row(guide, List.of(), PlanFixtures.LONDON, NAMES)));

        ImportedPlan read = ActionPlanDocxReader.read(plan.render(DocumentFormat.DOCX), "action-plan.docx");

        assertThat(read.title()).isEqualTo("E&CC Theme Group Action Plan 2008/10");
        assertThat(read.unread()).isEmpty();
        assertThat(read.items()).hasSize(2);
        ImportedPlan.Item first = read.items().get(0);
        assertThat(first.objective()).isEqualTo(centres.objective());
        assertThat(first.methodology()).isEqualTo(centres.methodology());
        assertThat(first.timescale()).isEqualTo("April 2008 – March 2010");
        assertThat(first.lead()).containsExactly(new Who.Named("Cllr Kevin Foster"));
        assertThat(first.measurables()).containsExactly(new ImportedPlan.Measure("10 centres open", true),
                new ImportedPlan.Measure("Annual report", false));
        assertThat(first.status()).contains(PlanStatus.AT_RISK);
        assertThat(first.reviews()).containsExactly(
                new ImportedPlan.Review(Optional.of(LocalDate.of(2008, 11, 12)), "Two centres open: a third in January"),
                new ImportedPlan.Review(Optional.of(LocalDate.of(2008, 12, 3)), "At risk: funding not confirmed"));
        ImportedPlan.Item second = read.items().get(1);
        assertThat(second.timescale()).isEqualTo("August 2008 – April 2009 (for Year 3)");
        assertThat(second.lead()).containsExactly(new Who.Named("Sue Bent")); // a member by name, matched at preview
        assertThat(second.status()).contains(PlanStatus.ON_TRACK);
        assertThat(second.methodology()).isEmpty();
        assertThat(second.reviews()).isEmpty();
    }

    @Test
    void aPlanTypedInTheOriginalLayoutIsReadWithItsHeadingsLeadsAndDatedReviews() throws IOException {
        byte[] docx = original();

        ImportedPlan read = ActionPlanDocxReader.read(docx, "Action Plan 2008-10.docx");

        assertThat(read.title()).isEqualTo("Regional Strategic Partnership for Equality and Diversity — Action Plan 2008/10");
        assertThat(read.items()).extracting(ImportedPlan.Item::objective).containsExactly(
                "1.1 Establish hate crime reporting centres in every ward",
                "1.2 Publish a good practice guide");
        ImportedPlan.Item centres = read.items().get(0);
        assertThat(centres.heading()).contains("Objective 1: Tackling hate crime");
        assertThat(centres.methodology()).containsExactly("Audit existing centres", "Recruit volunteers");
        assertThat(centres.timescale()).isEqualTo("April 2008 – March 2010");
        assertThat(centres.lead()).containsExactly(new Who.Named("Cllr Kevin Foster"));
        assertThat(centres.measurables()).extracting(ImportedPlan.Measure::text)
                .containsExactly("10 centres open", "Annual report to the Partnership");
        assertThat(centres.status()).isEmpty();
        assertThat(centres.reviews()).containsExactly(
                new ImportedPlan.Review(Optional.empty(), "Outcome: Increased reporting of hate crime"),
                new ImportedPlan.Review(Optional.of(LocalDate.of(2008, 11, 12)),
                        "Two centres open, a third in January funding from the LAA agreed"),
                new ImportedPlan.Review(Optional.of(LocalDate.of(2009, 3, 4)), "Four centres open"));
        ImportedPlan.Item guide = read.items().get(1);
        assertThat(guide.heading()).contains("Objective 2: Sharing good practice");
        assertThat(guide.timescale()).isEqualTo("August 2008 – April 2009 (for Year 3)");
        assertThat(guide.lead()).containsExactly(new Who.Named("Sue Bent"));
        assertThat(read.unread()).extracting(ImportedNotes.Unread::why).containsExactly(
                "an objective has one lead member: the first is kept",
                "the Action column is empty, so there is no objective");
    }

    @Test
    void aFileWithNoPlanTableIsRefusedNamingTheLayout() throws IOException {
        byte[] letter;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Dear Sue, the plan is attached.");
            doc.write(out);
            letter = out.toByteArray();
        }
        assertThatThrownBy(() -> ActionPlanDocxReader.read(letter, "letter.docx")).isInstanceOf(UnreadablePlan.class)
                .hasMessageContaining("no action plan table in letter.docx")
                .hasMessageContaining("Action | Methodology | Timescale [Lead Member] | Measurables / Outputs | "
                        + "Outcomes [Review Comments]");
        assertThatThrownBy(() -> ActionPlanDocxReader.read("%PDF-1.7".getBytes(), "plan.pdf"))
                .isInstanceOf(UnreadablePlan.class).hasMessageContaining("is a PDF");
    }

    /** The 2008/10 plan's layout as a secretary would type it in Word. */
    private static byte[] original() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Regional Strategic Partnership for Equality and Diversity — Action Plan 2008/10");
            XWPFTable table = doc.createTable(1, 5);
            fill(table.getRow(0), "Action", "Methodology", "Timescale\n[Lead Member]", "Measurables / Outputs",
                    "Outcomes\n[Review Comments]");
            heading(table, "Objective 1: Tackling hate crime");
            fill(table.createRow(), "1.1 Establish hate crime reporting centres in every ward",
                    "• Audit existing centres\n• Recruit volunteers", "April 2008 – March 2010\nLead: Cllr Kevin Foster",
                    "- 10 centres open\n- Annual report to the Partnership",
                    "Outcome: Increased reporting of hate crime\nReview 12/11/08: Two centres open, a third in January\n"
                            + "funding from the LAA agreed\n4 March 2009 – Four centres open");
            heading(table, "Objective 2: Sharing good practice");
            fill(table.createRow(), "1.2 Publish a good practice guide", "", "August 2008 – April 2009 (for Year 3)\n"
                    + "[Sue Bent/ Debbie Briggs]", "", "");
            fill(table.createRow(), "", "Someone's note with no objective", "", "", "");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(XWPFTableRow row, String... columns) {
        for (int c = 0; c < columns.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            String[] lines = columns[c].split("\n");
            for (int i = 0; i < lines.length; i++) {
                XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                paragraph.createRun().setText(lines[i]);
            }
        }
    }

    /** A heading row: one cell spanning the five columns. */
    private static void heading(XWPFTable table, String text) {
        XWPFTableRow row = table.createRow();
        while (row.getTableCells().size() > 1) {
            row.removeCell(1);
        }
        row.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(5));
        row.getCell(0).getParagraphs().get(0).createRun().setText(text);
    }
}
