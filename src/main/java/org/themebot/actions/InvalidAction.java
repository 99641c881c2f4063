package org.themebot.actions;

import org.themebot.commands.CommandError;

/** A new action that cannot be recorded, and which part is wrong, so the modal can show the problem beside it. */
public final class InvalidAction extends CommandError {

    /** The parts of a new action, as the command's columns and the modal's fields. */
    public enum Field {
        TEXT, OWNERS, TIMESCALE
    }

    private final Field field;

    InvalidAction(Field field, String problem) {
        super(problem, "");
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
