package org.themebot.goodpractice;

import org.themebot.commands.CommandError;

/** A submission that cannot be accepted, and which part of it is wrong, so a form can show the problem beside it. */
public final class InvalidSubmission extends CommandError {

    /** The parts of a submission, as the command's columns and the modal's fields. */
    public enum Field {
        TITLE, DESCRIPTION, LINK, STRANDS, PRINCIPLE, ON_BEHALF_OF
    }

    private final Field field;

    InvalidSubmission(Field field, String problem) {
        super(problem, "");
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
