package org.themebot.plans;

import java.util.List;

/** The annual report as a Word document: the plan's objectives, the meetings held, and good practice by strand. */
public final class AnnualReportDocx {

    private static final List<String> OBJECTIVES_HEADER = List.of("Objective", "Status", "Review comments",
            "Actions completed");
    private static final int[] OBJECTIVES_WIDTHS = WordDocument.widths(28, 14, 33, 25);
    private static final List<String> MEETINGS_HEADER = List.of("Meeting", "Present", "Apologies");
    private static final int[] MEETINGS_WIDTHS = WordDocument.widths(30, 40, 30);
    private static final List<String> STRANDS_HEADER = List.of("Equality strand", "Good practice");
    private static final int[] STRANDS_WIDTHS = WordDocument.widths(25, 75);

    private AnnualReportDocx() {
    }

    public static byte[] render(AnnualReport report) {
        try (WordDocument doc = new WordDocument(report.title())) {
            doc.title(report.title()).paragraph(report.span());
            doc.heading("Action plan");
            if (report.objectives().isEmpty()) {
                doc.paragraph("No objectives in this period.");
            } else {
                doc.table(OBJECTIVES_HEADER, OBJECTIVES_WIDTHS, report.objectives().stream()
                        .map(o -> List.of(o.ref() + ". " + o.objective(), o.status(), lines(o.reviews(), "none"),
                                lines(o.completedActions(), "none")))
                        .toList());
            }
            doc.heading("Meetings held (" + report.meetings().size() + ")");
            if (!report.meetings().isEmpty()) {
                doc.table(MEETINGS_HEADER, MEETINGS_WIDTHS, report.meetings().stream()
                        .map(m -> List.of(PlanText.day(m.date()) + (m.title().isBlank() ? "" : "\n" + m.title()),
                                PlanText.names(m.present()),
                                PlanText.names(m.apologies())))
                        .toList());
            }
            doc.heading("Good practice by equality strand");
            doc.table(STRANDS_HEADER, STRANDS_WIDTHS, report.goodPractice().stream()
                    .map(s -> List.of(s.strand(), lines(s.examples(), "no examples"))).toList());
            List<String> gaps = report.gaps();
            doc.labelled("Hidden voices:", gaps.isEmpty() ? "every strand has an example."
                    : "no examples for " + PlanText.names(gaps) + ".");
            return doc.bytes();
        }
    }

    static String lines(List<String> lines, String none) {
        return lines.isEmpty() ? none : String.join("\n", lines);
    }
}
