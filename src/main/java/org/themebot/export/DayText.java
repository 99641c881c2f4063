package org.themebot.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the day a line of action notes names: "Held on Wednesday 3rd September 2008",
 * "Date of Next Meeting: 22 October 2008", "3 Sept 08", "03/09/2008" (UK order) or "2008-09-03".
 * A month alone ("September 2008") names no day and is not taken.
 */
public final class DayText {

    private static final Pattern WORDS = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4}|\\d{2})\\b");
    private static final Pattern NUMBERS = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    private DayText() {
    }

    public static Optional<LocalDate> find(String text) {
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            return day(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
        }
        Matcher words = WORDS.matcher(text);
        while (words.find()) {
            Optional<Month> month = month(words.group(2));
            if (month.isPresent()) {
                return day(words.group(3), month.get().getValue(), words.group(1));
            }
        }
        Matcher numbers = NUMBERS.matcher(text);
        if (numbers.find()) {
            return day(numbers.group(3), Integer.parseInt(numbers.group(2)), numbers.group(1));
        }
        return Optional.empty();
    }

    /** "Sept", "sep", "September": a month's name or the start of it, three letters or more. */
    private static Optional<Month> month(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Arrays.stream(Month.values())
                .filter(m -> m.name().toLowerCase(Locale.ROOT).startsWith(lower))
                .findFirst();
    }

    /** A two-digit year is in this century, as in every set of notes themebot was made for. */
    private static Optional<LocalDate> day(String year, int month, String day) {
        int y = Integer.parseInt(year);
        try {
            return Optional.of(LocalDate.of(year.length() == 2 ? 2000 + y : y, month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
