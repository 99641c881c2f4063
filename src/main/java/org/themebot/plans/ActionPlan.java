package org.themebot.plans;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.themebot.people.Names;

/**
 * A group's action plan as it is circulated: a title and one row per objective in the five
 * columns of the 2008/10 plan. All text is plain and unescaped; each renderer escapes for its format.
 */
public record ActionPlan(String title, List<Row> rows) {

    public static final List<String> HEADER = List.of("Action", "Methodology", "Timescale [Lead Member]",
            "Measurables / Outputs", "Outcomes [Review Comments]");

    public ActionPlan {
        Objects.requireNonNull(title, "title");
        rows = List.copyOf(rows);
    }

    /**
     * One objective; each column is a list of lines. Measurables start "✓" when done and "•" when
     * not; outcomes are the status, then each review dated ("12 Nov 2008: …"), oldest first.
     */
    public record Row(String ref, String action, List<String> methodology, List<String> timescaleAndLead,
                      List<String> measurables, List<String> outcomes) {
        public Row {
            methodology = List.copyOf(methodology);
            timescaleAndLead = List.copyOf(timescaleAndLead);
            measurables = List.copyOf(measurables);
            outcomes = List.copyOf(outcomes);
        }

        /** The five columns, each as one text with a line per entry. */
        public List<String> cells() {
            return List.of(ref + ". " + action, String.join("\n", methodology), String.join("\n", timescaleAndLead),
                    String.join("\n", measurables), String.join("\n", outcomes));
        }
    }

    /** The formats {@code /plan export} offers. */
    public static final Set<DocumentFormat> FORMATS = EnumSet.allOf(DocumentFormat.class);

    public byte[] render(DocumentFormat format) {
        return switch (format) {
            case DOCX, PDF -> ActionPlanDocument.render(this, format);
            case XLSX -> ActionPlanXlsx.render(this);
            case MD -> ActionPlanMarkdown.render(this);
        };
    }

    /** The plan of a group, its people named through {@code names}; "<Group name> Action Plan 2008/10". */
    public static ActionPlan of(String groupName, GroupPlan plan, ZoneId zone, LocalDate today, Names names) {
        List<Row> rows = new ArrayList<>();
        for (PlanItem item : plan.items()) {
            rows.add(row(item, plan.reviewsOf(item), zone, names));
        }
        return new ActionPlan(groupName + " Action Plan " + PlanText.period(plan.items(), today), rows);
    }

    static Row row(PlanItem item, List<PlanReview> reviews, ZoneId zone, Names names) {
        List<String> timescaleAndLead = new ArrayList<>();
        timescaleAndLead.add(item.timescale().text().isEmpty() ? "no date" : item.timescale().text());
        item.lead().ifPresent(lead -> timescaleAndLead.add("Lead: " + names.of(lead)));
        List<String> measurables = item.measurables().stream()
                .map(m -> (m.done() ? "✓ " : "• ") + m.text()).toList();
        List<String> outcomes = new ArrayList<>();
        outcomes.add("Status: " + item.status().label());
        reviews.forEach(review -> outcomes.add(PlanText.day(review.day(zone)) + ": " + review.text()));
        return new Row(item.ref(), item.objective(), item.methodology(), timescaleAndLead, measurables, outcomes);
    }
}
