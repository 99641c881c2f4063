package org.themebot.commands;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits escaped command text into its {@code |} columns, as in the Action | Who | Timescale
 * table. A {@code |} inside {@code <…>} belongs to a mention or link ({@code <@U123|sue>}),
 * not to the grammar; Slack escapes every other {@code <} the user typed, so this is exact.
 */
public final class Columns {

    private Columns() {
    }

    public static List<String> split(String escaped) {
        return splitOutsideEntities(escaped, '|');
    }

    static List<String> splitOutsideEntities(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>' && depth > 0) {
                depth--;
            }
            if (c == separator && depth == 0) {
                parts.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString().trim());
        return parts;
    }
}
