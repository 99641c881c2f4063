package org.themebot.timescale;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;

/**
 * The English words a timescale is written with: month and weekday names with their abbreviations,
 * and small numbers. Words are expected in lower case.
 */
final class DateWords {

    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("jan", Month.JANUARY), Map.entry("january", Month.JANUARY),
            Map.entry("feb", Month.FEBRUARY), Map.entry("febr", Month.FEBRUARY), Map.entry("february", Month.FEBRUARY),
            Map.entry("mar", Month.MARCH), Map.entry("march", Month.MARCH),
            Map.entry("apr", Month.APRIL), Map.entry("april", Month.APRIL),
            Map.entry("may", Month.MAY),
            Map.entry("jun", Month.JUNE), Map.entry("june", Month.JUNE),
            Map.entry("jul", Month.JULY), Map.entry("july", Month.JULY),
            Map.entry("aug", Month.AUGUST), Map.entry("august", Month.AUGUST),
            Map.entry("sep", Month.SEPTEMBER), Map.entry("sept", Month.SEPTEMBER),
            Map.entry("september", Month.SEPTEMBER),
            Map.entry("oct", Month.OCTOBER), Map.entry("october", Month.OCTOBER),
            Map.entry("nov", Month.NOVEMBER), Map.entry("november", Month.NOVEMBER),
            Map.entry("dec", Month.DECEMBER), Map.entry("december", Month.DECEMBER));

    /**
     * Only names of four letters or more are typo targets: among three-letter words a single slip
     * turns one month into another ("jun"/"jul") or a month into an ordinary word.
     */
    private static final int SHORTEST_TYPO_TARGET = 4;

    /** Damerau distance, so that a swapped pair of letters ("Setp", "Ocotber") counts as one slip. */
    private static final DamerauLevenshteinDistance WITHIN_ONE_SLIP = new DamerauLevenshteinDistance(1);

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("tues", DayOfWeek.TUESDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wed", DayOfWeek.WEDNESDAY), Map.entry("weds", DayOfWeek.WEDNESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("thur", DayOfWeek.THURSDAY),
            Map.entry("thurs", DayOfWeek.THURSDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("sat", DayOfWeek.SATURDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY), Map.entry("sunday", DayOfWeek.SUNDAY));

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    private DateWords() {
    }

    /**
     * The month a word names: a full name or an abbreviation, or a name of four letters or more
     * with one letter wrong, missing, extra or swapped, as long as only one month is that close.
     */
    static Optional<Month> month(String word) {
        Month exact = MONTHS.get(word);
        if (exact != null || word.length() < SHORTEST_TYPO_TARGET) {
            return Optional.ofNullable(exact);
        }
        Set<Month> nearby = MONTHS.entrySet().stream()
                .filter(name -> name.getKey().length() >= SHORTEST_TYPO_TARGET)
                .filter(name -> WITHIN_ONE_SLIP.apply(word, name.getKey()) >= 0)
                .map(Map.Entry::getValue)
                .collect(Collectors.toSet());
        // "Jule" is as close to June as to July: a wrong guess would set a wrong reminder, so none.
        return nearby.size() == 1 ? nearby.stream().findFirst() : Optional.empty();
    }

    /** The day a weekday name or its usual abbreviation names. */
    static Optional<DayOfWeek> weekday(String word) {
        return Optional.ofNullable(WEEKDAYS.get(word));
    }

    /** A count written in up to three digits, or as a word from "a"/"one" to "twelve". */
    static Optional<Integer> number(String word) {
        if (!word.isEmpty() && word.length() <= 3 && word.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Integer.parseInt(word));
        }
        return Optional.ofNullable(NUMBERS.get(word));
    }
}
