package org.themebot.goodpractice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The equality strands a group tracks, in its order, each with the aliases members may type for
 * it ("bme" for race). Typed strands match a name or an alias exactly, or the start of one name
 * ("sexual" → sexual orientation), ignoring case.
 */
public record Strands(List<Strand> strands) {

    /** One strand and the other words that mean it in this group. */
    public record Strand(String name, List<String> aliases) {
        public Strand {
            aliases = List.copyOf(aliases);
        }
    }

    /** The six statutory strands: what a group tracks until it sets its own. */
    public static final List<String> STATUTORY = List.of("race", "disability", "gender", "age", "religion or belief",
            "sexual orientation");

    /**
     * Words members use for a strand, by the strand's name. A group gets the aliases of the strands
     * it has, so "faith" means "religion or belief" in one group and "religion" in another.
     */
    private static final Map<String, List<String>> KNOWN_ALIASES = Map.ofEntries(
            Map.entry("race", List.of("bme", "bame", "ethnicity")),
            Map.entry("disability", List.of("disabled")),
            Map.entry("gender", List.of("sex", "women")),
            Map.entry("age", List.of("young people", "older people")),
            Map.entry("religion or belief", List.of("faith", "belief")),
            Map.entry("religion", List.of("faith", "belief")),
            Map.entry("sexual orientation", List.of("lgb", "lgbt", "gay", "lesbian", "bisexual")),
            Map.entry("young age", List.of("youth", "young people", "children")),
            Map.entry("older age", List.of("elderly", "older people")),
            Map.entry("new arrivals", List.of("refugees", "asylum seekers", "migrants")),
            Map.entry("gypsy/travellers", List.of("gypsies", "travellers", "roma")));

    public Strands {
        strands = List.copyOf(strands);
    }

    public static Strands statutory() {
        return of(STATUTORY);
    }

    /** These strands with their known aliases, less any alias that is another strand's name or means two of them. */
    public static Strands of(List<String> names) {
        Map<String, Integer> claims = new LinkedHashMap<>();
        names.forEach(name -> claims.merge(key(name), 1, Integer::sum)); // a name is never anyone's alias
        names.forEach(name -> aliasesOf(name).forEach(alias -> claims.merge(alias, 1, Integer::sum)));
        return new Strands(names.stream()
                .map(name -> new Strand(name, aliasesOf(name).stream().filter(alias -> claims.get(alias) == 1).toList()))
                .toList());
    }

    public List<String> names() {
        return strands.stream().map(Strand::name).toList();
    }

    /**
     * The group's strands a comma list names, in the group's order, each once. An unknown or
     * ambiguous strand is refused, naming the group's strands.
     */
    public List<String> match(String typedList) {
        Set<String> matched = new LinkedHashSet<>();
        for (String typed : typedList.split(",")) {
            if (!typed.isBlank()) {
                matched.add(matchOne(typed));
            }
        }
        return names().stream().filter(matched::contains).toList();
    }

    private String matchOne(String typed) {
        String wanted = key(typed);
        for (Strand strand : strands) {
            if (key(strand.name()).equals(wanted) || strand.aliases().contains(wanted)) {
                return strand.name();
            }
        }
        List<String> starting = names().stream().filter(name -> key(name).startsWith(wanted)).toList();
        if (starting.size() == 1) {
            return starting.get(0);
        }
        if (starting.isEmpty()) {
            throw new InvalidSubmission(InvalidSubmission.Field.STRANDS, "'" + typed.strip()
                    + "' is not one of this group's strands: " + describe() + ".");
        }
        throw new InvalidSubmission(InvalidSubmission.Field.STRANDS, "'" + typed.strip() + "' could be "
                + String.join(" or ", starting) + ": type more of it.");
    }

    /**
     * The group's strands, then any other strand these submissions concern (one the group tracked
     * when they were submitted): the columns of a count or an export, so nothing recorded is lost.
     */
    public List<String> withOthersIn(List<Submission> submissions) {
        Set<String> known = new LinkedHashSet<>();
        List<String> columns = new ArrayList<>();
        for (String name : names()) {
            known.add(key(name));
            columns.add(name);
        }
        submissions.stream().flatMap(s -> s.strands().stream()).filter(strand -> known.add(key(strand)))
                .forEach(columns::add);
        return columns;
    }

    /** "race (also bme, bame, ethnicity), disability (also disabled), …". */
    public String describe() {
        return strands.stream()
                .map(s -> s.name() + (s.aliases().isEmpty() ? "" : " (also " + String.join(", ", s.aliases()) + ")"))
                .collect(Collectors.joining(", "));
    }

    private static List<String> aliasesOf(String name) {
        return KNOWN_ALIASES.getOrDefault(key(name), List.of());
    }

    /** How typed words are compared: case and runs of spaces ignored. */
    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
