package org.themebot.plans;

import org.themebot.commands.CommandError;

/** A file that is not an action plan themebot can read: says why, and what it reads. Nothing was read from it. */
public final class UnreadablePlan extends CommandError {

    /** What the import reads, for the reply to show beside the problem. */
    public static final String WHAT_IS_READ = "a Word .docx (Word 2007 or later, up to 10 MB) with a five-column table "
            + "whose first row reads " + String.join(" | ", ActionPlan.HEADER) + ", as /plan export docx writes it";

    public UnreadablePlan(String problem) {
        super(problem, WHAT_IS_READ);
    }
}
