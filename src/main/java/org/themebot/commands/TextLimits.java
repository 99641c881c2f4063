package org.themebot.commands;

/** The longest texts themebot keeps: longer ones are refused with the limit named. */
public final class TextLimits {

    public static final int ACTION_TEXT = 2000;
    public static final int NOTE = 3000;

    private TextLimits() {
    }

    /** Refuses text longer than max characters, saying what it was, the limit and the correct form. */
    public static void requireAtMost(String text, int max, String what, String form) {
        if (text.length() > max) {
            throw new CommandError(what + " is at most " + max + " characters; this one has " + text.length() + ".", form);
        }
    }
}
