package org.themebot.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.themebot.people.Who;

/**
 * Reads a {@code <who>} list: mentions {@code <@U123|name>}, {@code ALL}, and free-text names,
 * separated by {@code ,} {@code /} or {@code and} ("Sue Bent/ Debbie Briggs" is two people).
 */
public final class WhoParser {

    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]+)(?:\\|[^>]*)?>");
    private static final Pattern AND = Pattern.compile("\\s+(?:and|&amp;)\\s+", Pattern.CASE_INSENSITIVE);

    private WhoParser() {
    }

    /** Everyone named, in the order given, each once. Empty when nothing is named. */
    public static List<Who> parse(String escaped) {
        List<Who> people = new ArrayList<>();
        for (String part : pieces(escaped)) {
            Who who = one(part);
            if (who != null && !people.contains(who)) {
                people.add(who);
            }
        }
        return people;
    }

    private static List<String> pieces(String escaped) {
        List<String> pieces = new ArrayList<>();
        String normalised = AND.matcher(escaped).replaceAll(",");
        for (String commaPart : Columns.splitOutsideEntities(normalised, ',')) {
            pieces.addAll(Columns.splitOutsideEntities(commaPart, '/'));
        }
        return pieces;
    }

    private static Who one(String piece) {
        String text = piece.strip().replaceAll("[.;]+$", "").strip();
        if (text.isEmpty()) {
            return null;
        }
        Matcher mention = MENTION.matcher(text);
        if (mention.matches()) {
            return new Who.SlackUser(mention.group(1));
        }
        if (text.equalsIgnoreCase("all") || text.equalsIgnoreCase("everyone")) {
            return new Who.Everyone();
        }
        return new Who.Named(SlackText.plain(text).replaceAll("\\s+", " "));
    }
}
