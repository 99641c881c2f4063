package org.themebot.plans;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.themebot.people.Who;

/**
 * One objective of a group's action plan, in the five columns of the 2008/10 plan: the objective
 * (Action), its Methodology, Timescale and Lead Member, its Measurables / Outputs each with a
 * done tick, and where it stands (the Outcomes column adds the dated review comments).
 */
public record PlanItem(long id, long groupId, int number, String objective, List<String> methodology,
                       PlanTimescale timescale, Optional<Who> lead, List<Measurable> measurables,
                       PlanStatus status, Optional<String> statusComment, Instant createdAt, Instant updatedAt) {

    public PlanItem {
        methodology = List.copyOf(methodology);
        measurables = List.copyOf(measurables);
    }

    /** A measurable or output; {@code number} counts from 1, as {@code /plan measure P2 <n> done} does. */
    public record Measurable(int number, String text, Optional<Instant> doneAt) {
        public boolean done() {
            return doneAt.isPresent();
        }
    }

    /** The short per-group reference people type: P2. */
    public String ref() {
        return ref(number);
    }

    public static String ref(int number) {
        return "P" + number;
    }

    public long measurablesDone() {
        return measurables.stream().filter(Measurable::done).count();
    }
}
