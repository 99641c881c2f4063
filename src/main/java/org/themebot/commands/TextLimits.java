package org.themebot.commands;

/**
 * The longest texts themebot keeps: longer ones are refused with the limit named. Lengths count
 * what people see as characters (Unicode code points), so an emoji counts once.
 */
public final class TextLimits {

    public static final int ACTION_TEXT = 2000;
    public static final int NOTE = 3000;

    private TextLimits() {
    }

    /** Characters as people count them: code points, not UTF-16 units. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /** Refuses text longer than max characters, saying what it was and the limit. */
    public static void requireAtMost(String text, int max, String what) {
        int length = length(text);
        if (length > max) {
            throw new CommandError(what + " is at most " + max + " characters; this one has " + length + ".", "");
        }
    }
}
