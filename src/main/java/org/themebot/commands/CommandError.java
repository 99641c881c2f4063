package org.themebot.commands;

/**
 * A command that cannot be carried out: what was wrong, and the correct form of the command.
 * Thrown by parsers and services before anything is changed, so the caller only has to show it.
 */
public class CommandError extends RuntimeException {

    private final String correctForm;

    public CommandError(String problem, String correctForm) {
        super(problem);
        this.correctForm = correctForm;
    }

    /** The command as it should have been typed, e.g. {@code /action due <ref> <timescale>}; may be empty. */
    public String correctForm() {
        return correctForm;
    }
}
