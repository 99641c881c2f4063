package org.themebot.partnership;

import java.util.ArrayList;
import java.util.List;
import org.themebot.plans.PlanText;
import org.themebot.plans.Spreadsheet;
import org.themebot.plans.StrandExamples;
import org.themebot.plans.DocumentFormat;
import org.themebot.plans.DocumentWriter;
import org.themebot.plans.GoodPracticeTable;

/** The board report as a Word document or PDF (the groups' figures, then good practice by strand) or a spreadsheet of the figures. */
final class BoardReportDocument {

    static final List<String> GROUPS_HEADER = List.of("Theme group", "Open", "Overdue", "Done this quarter",
            "Oldest overdue action", "Objectives at risk", "Next meeting");
    private static final int[] GROUP_PERCENTS = {18, 7, 8, 9, 24, 22, 12};
    private static final int[] GROUP_CHARACTERS = {30, 8, 8, 10, 40, 40, 18};

    private BoardReportDocument() {
    }

    static byte[] document(BoardReport report, DocumentFormat format) {
        try (DocumentWriter doc = DocumentWriter.of(format, report.title())) {
            doc.title(report.title()).paragraph("As of " + PlanText.day(report.asOf()));
            doc.heading("Theme groups (" + report.groups().size() + ")");
            if (report.groups().isEmpty()) {
                doc.paragraph("No theme group has joined yet.");
            } else {
                doc.table(GROUPS_HEADER, GROUP_PERCENTS, rows(report));
            }
            GoodPracticeTable.write(doc, "Good practice by equality strand across the partnership",
                    report.goodPractice(), "no group has an example for ");
            return doc.bytes();
        }
    }

    static byte[] xlsx(BoardReport report) {
        List<List<String>> rows = new ArrayList<>(rows(report));
        rows.add(List.of());
        rows.add(List.of("Equality strand", "Good practice examples"));
        for (StrandExamples strand : report.goodPractice()) {
            rows.add(List.of(strand.strand(), String.valueOf(strand.examples().size())));
        }
        rows.add(List.of("Hidden voices", String.join(", ", report.gaps())));
        return Spreadsheet.write(report.title(), "Board report", GROUPS_HEADER, GROUP_CHARACTERS, rows);
    }

    static List<List<String>> rows(BoardReport report) {
        return report.groups().stream().map(g -> List.of(g.groupName(), String.valueOf(g.open()),
                String.valueOf(g.overdue()), String.valueOf(g.doneThisQuarter()),
                g.oldestOverdue().map(a -> a.ref() + " " + a.text() + " (due " + PlanText.day(a.due()) + ", "
                        + a.daysOverdue() + " days overdue)").orElse("none"),
                g.atRisk().isEmpty() ? "none" : String.join("\n", g.atRisk()),
                g.nextMeeting().map(PlanText::day).orElse("not set"))).toList();
    }
}
