package org.themebot.plans;

import java.util.List;
import java.util.Objects;
import org.themebot.people.Who;

/**
 * A plan objective as typed in the modal or the quick form, before it is checked: plain text,
 * the lead already resolved to people (zero or one), lists one entry a line.
 */
public record PlanDraft(String objective, List<String> methodology, String timescale, List<Who> lead,
                        List<String> measurables) {

    public PlanDraft {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(timescale, "timescale");
        methodology = List.copyOf(methodology);
        lead = List.copyOf(lead);
        measurables = List.copyOf(measurables);
    }

    /** {@code /plan add <objective> | <lead> | <timescale>}: the other columns are filled in later. */
    public static PlanDraft quick(String objective, List<Who> lead, String timescale) {
        return new PlanDraft(objective, List.of(), timescale, lead, List.of());
    }
}
