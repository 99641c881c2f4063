package org.themebot.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.themebot.export.ImportedNotes;
import org.themebot.people.Who;

/**
 * An action plan as read from a Word file ({@link ActionPlanDocxReader}), before anything is
 * written: its title, each objective in the five columns, and what could not be read. Plain text,
 * as typed; people as read (matched to members later).
 */
public record ImportedPlan(String title, List<Item> items, List<ImportedNotes.Unread> unread) {

    public ImportedPlan {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
        unread = List.copyOf(unread);
    }

    /**
     * One objective. {@code row} is its row in the table (the header is row 1), {@code heading} the
     * heading it was under, if any; {@code lead} holds at most one person.
     */
    public record Item(int row, Optional<String> heading, String objective, List<String> methodology, String timescale,
                       List<Who> lead, List<Measure> measurables, Optional<PlanStatus> status, List<Review> reviews) {
        public Item {
            methodology = List.copyOf(methodology);
            lead = List.copyOf(lead);
            measurables = List.copyOf(measurables);
            reviews = List.copyOf(reviews);
        }

        /** The columns that {@code /plan add} takes, for checking as it checks them. */
        public PlanDraft draft() {
            return new PlanDraft(objective, methodology, timescale, lead,
                    measurables.stream().map(Measure::text).toList());
        }

        Item withLead(List<Who> matched) {
            return new Item(row, heading, objective, methodology, timescale, matched, measurables, status, reviews);
        }
    }

    /** A measurable or output, ticked ("✓") when done. */
    public record Measure(String text, boolean done) {
    }

    /**
     * A line under Outcomes: a review comment on its day, or an outcome with no date (recorded as
     * reviewed on the day of the import).
     */
    public record Review(Optional<LocalDate> day, String text) {
    }
}
