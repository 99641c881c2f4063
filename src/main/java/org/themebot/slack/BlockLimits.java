package org.themebot.slack;

/** Slack's hard limits on a message, kept in one place. */
public final class BlockLimits {

    public static final int MAX_BLOCKS = 50;
    public static final int MAX_SECTION_TEXT = 3000;
    public static final int MAX_FIELD_TEXT = 2000;
    public static final int MAX_HEADER_TEXT = 150;
    public static final int MAX_CONTEXT_TEXT = 2000;

    private BlockLimits() {
    }

    /** Cuts text to at most max characters, marking the cut. */
    public static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a surrogate pair (emoji)
        }
        return text.substring(0, end) + "…";
    }
}
