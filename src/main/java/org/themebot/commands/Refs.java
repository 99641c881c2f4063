package org.themebot.commands;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short refs people type: A3 for an action, G2 for good practice, M4 for a meeting (the letter
 * may be left off). Each command's grammar reads its ref, and what follows it, through here.
 */
public final class Refs {

    /** A ref and the rest of the words after it (still as typed). */
    public record RefAndRest(int number, String rest) {
    }

    private Refs() {
    }

    /** The ref that starts {@code args} ("A3 sent round on Friday"), with the rest. */
    public static RefAndRest read(String args, char letter, String what) {
        String[] parts = args.strip().split("\\s+", 2);
        if (parts[0].isEmpty()) {
            throw new CommandError("Say which " + what + ", by its ref (e.g. " + letter + "3).", "");
        }
        Matcher ref = Pattern.compile("(?i)" + letter + "?(\\d{1,9})").matcher(parts[0]);
        if (!ref.matches() || Integer.parseInt(ref.group(1)) == 0) {
            throw new CommandError("'" + SlackText.plain(parts[0]) + "' is not " + article(what) + " ref like "
                    + letter + "3.", "");
        }
        return new RefAndRest(Integer.parseInt(ref.group(1)), parts.length > 1 ? parts[1] : "");
    }

    /** A ref with nothing after it. */
    public static int only(String args, char letter, String what) {
        RefAndRest read = read(args, letter, what);
        if (!read.rest().isBlank()) {
            throw new CommandError("Give just the ref of the " + what + " (e.g. " + letter + "3).", "");
        }
        return read.number();
    }

    private static String article(String what) {
        return "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " + what : "a " + what;
    }
}
