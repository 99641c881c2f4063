package org.themebot.export;

import org.themebot.commands.CommandError;

/** A file that is not action notes themebot can read: says why, and what it reads. Nothing was read from it. */
public final class UnreadableNotes extends CommandError {

    /** What the import reads, for the reply to show beside the problem. */
    public static final String WHAT_IS_READ = "a Word .docx (Word 2007 or later, up to 10 MB) of action notes with an "
            + "Action | Timescale | Who table";

    public UnreadableNotes(String problem) {
        super(problem, WHAT_IS_READ);
    }
}
