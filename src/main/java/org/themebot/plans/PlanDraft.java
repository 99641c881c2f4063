package org.themebot.plans;

import java.util.List;
import java.util.Objects;
import org.themebot.commands.CommandError;
import org.themebot.commands.TextLimits;
import org.themebot.people.Who;

/**
 * A plan objective as typed in the modal or the quick form, before it is checked: plain text,
 * the lead already resolved to people (zero or one), lists one entry a line.
 */
public record PlanDraft(String objective, List<String> methodology, String timescale, List<Who> lead,
                        List<String> measurables) {

    static final int MAX_TIMESCALE = 200;

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

    /**
     * Checks the draft before anything is read or written, naming the column that is wrong;
     * returns it stripped, with blank list lines dropped.
     */
    PlanDraft checked() {
        String stripped = objective.strip();
        if (stripped.isEmpty()) {
            throw new InvalidPlan(InvalidPlan.Field.OBJECTIVE, "Say what the objective is.");
        }
        atMost(InvalidPlan.Field.OBJECTIVE, stripped, TextLimits.ACTION_TEXT, "An objective");
        atMost(InvalidPlan.Field.TIMESCALE, timescale, MAX_TIMESCALE, "A timescale");
        if (lead.size() > 1) {
            throw new InvalidPlan(InvalidPlan.Field.LEAD, "An objective has one lead member; " + lead.size()
                    + " were given.");
        }
        methodology.forEach(line -> atMost(InvalidPlan.Field.METHODOLOGY, line, TextLimits.NOTE, "A methodology step"));
        measurables.forEach(line -> atMost(InvalidPlan.Field.MEASURABLES, line, TextLimits.NOTE, "A measurable"));
        return new PlanDraft(stripped, lines(methodology), timescale.strip(), lead, lines(measurables));
    }

    /** The text limit, said of the column it is about. */
    private static void atMost(InvalidPlan.Field field, String text, int max, String what) {
        try {
            TextLimits.requireAtMost(text, max, what);
        } catch (CommandError e) {
            throw new InvalidPlan(field, e.getMessage());
        }
    }

    private static List<String> lines(List<String> typed) {
        return typed.stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
