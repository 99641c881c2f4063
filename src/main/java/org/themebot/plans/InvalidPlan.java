package org.themebot.plans;

import org.themebot.commands.CommandError;

/** An objective that cannot be recorded, and which column is wrong, so the form can show the problem beside it. */
public final class InvalidPlan extends CommandError {

    /** The columns of an objective, as the quick form's parts and the form's fields. */
    public enum Field {
        OBJECTIVE, METHODOLOGY, TIMESCALE, LEAD, MEASURABLES
    }

    private final Field field;

    InvalidPlan(Field field, String problem) {
        super(problem, "");
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
