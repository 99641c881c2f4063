package org.themebot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the fixed-width ISO-8601 text the database keeps instants ({@code 2008-09-03T14:30:00.000Z})
 * and dates ({@code 2008-09-03}) in. A list reads hundreds per request, and {@code Instant.parse}
 * goes through the general formatter each time: text of the width themebot writes is read by
 * position instead; anything else falls back to the general parser.
 */
final class IsoText {

    private static final int INSTANT_WIDTH = "2008-09-03T14:30:00.000Z".length();
    private static final int DATE_WIDTH = "2008-09-03".length();

    private IsoText() {
    }

    static Instant instant(String text) {
        if (text.length() != INSTANT_WIDTH || !isDate(text) || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':' || text.charAt(19) != '.' || text.charAt(23) != 'Z') {
            return Instant.parse(text);
        }
        return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
                digits(text, 14, 16), digits(text, 17, 19), digits(text, 20, 23) * 1_000_000).toInstant(ZoneOffset.UTC);
    }

    static LocalDate date(String text) {
        if (text.length() != DATE_WIDTH || !isDate(text)) {
            return LocalDate.parse(text);
        }
        return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    }

    private static boolean isDate(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-';
    }

    /** The number the digits at [from, to) spell; a character that is no digit makes it malformed. */
    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new DateTimeParseException("not ISO-8601", text, i);
            }
            n = n * 10 + digit;
        }
        return n;
    }
}
