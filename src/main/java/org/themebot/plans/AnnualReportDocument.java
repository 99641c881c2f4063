package org.themebot.plans;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The annual report as a Word document or PDF: the plan's objectives, the meetings held, and good
 * practice by strand; for a partnership, the first two for each member group under its name.
 */
public final class AnnualReportDocument {

    /** The formats {@code /plan report} and {@code /partnership report <period>} offer. */
    public static final Set<DocumentFormat> FORMATS = EnumSet.of(DocumentFormat.DOCX, DocumentFormat.PDF);

    private static final List<String> OBJECTIVES_HEADER = List.of("Objective", "Status", "Review comments",
            "Actions completed");
    private static final int[] OBJECTIVES_PERCENTS = {28, 14, 33, 25};
    private static final List<String> MEETINGS_HEADER = List.of("Meeting", "Present", "Apologies");
    private static final int[] MEETINGS_PERCENTS = {30, 40, 30};

    private AnnualReportDocument() {
    }

    public static byte[] render(AnnualReport report, DocumentFormat format) {
        try (DocumentWriter doc = DocumentWriter.of(format, report.title())) {
            doc.title(report.title()).paragraph(report.span());
            objectives(doc, "Action plan", report);
            meetings(doc, "Meetings held", report);
            GoodPracticeTable.write(doc, "Good practice by equality strand", report.goodPractice(), "no examples for ");
            return doc.bytes();
        }
    }

    public static byte[] render(CombinedAnnualReport report, DocumentFormat format) {
        try (DocumentWriter doc = DocumentWriter.of(format, report.title())) {
            doc.title(report.title()).paragraph(report.span());
            if (report.groups().isEmpty()) {
                doc.paragraph("No theme group is a member of the partnership.");
            }
            for (CombinedAnnualReport.GroupReport group : report.groups()) {
                objectives(doc, group.groupName() + ": action plan", group.report());
                meetings(doc, group.groupName() + ": meetings held", group.report());
            }
            GoodPracticeTable.write(doc, "Good practice by equality strand across the partnership",
                    report.goodPractice(), "no group has an example for ");
            return doc.bytes();
        }
    }

    private static void objectives(DocumentWriter doc, String heading, AnnualReport report) {
        doc.heading(heading);
        if (report.objectives().isEmpty()) {
            doc.paragraph("No objectives in this period.");
            return;
        }
        doc.table(OBJECTIVES_HEADER, OBJECTIVES_PERCENTS, report.objectives().stream()
                .map(o -> List.of(o.ref() + ". " + o.objective(), o.status(), lines(o.reviews(), "none"),
                        lines(o.completedActions(), "none")))
                .toList());
    }

    private static void meetings(DocumentWriter doc, String heading, AnnualReport report) {
        doc.heading(heading + " (" + report.meetings().size() + ")");
        if (!report.meetings().isEmpty()) {
            doc.table(MEETINGS_HEADER, MEETINGS_PERCENTS, report.meetings().stream()
                    .map(m -> List.of(PlanText.day(m.date()) + (m.title().isBlank() ? "" : "\n" + m.title()),
                            PlanText.names(m.present()),
                            PlanText.names(m.apologies())))
                    .toList());
        }
    }

    private static String lines(List<String> lines, String none) {
        return lines.isEmpty() ? none : String.join("\n", lines);
    }
}
