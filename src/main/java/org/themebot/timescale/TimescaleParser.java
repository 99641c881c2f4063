package org.themebot.timescale;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a timescale the way a secretary types it and resolves it to its due date: the last day it
 * covers. Case, extra spaces, commas, a trailing full stop and a trailing "(remark)" are ignored.
 *
 * <p>Besides the forms in the product spec, and the choices made where a form is ambiguous:
 * <ul>
 * <li>Dates with a day: {@code 8 Oct 08}, {@code 8th of October 2008}, {@code October 8th 2008},
 *     {@code 8-Oct-2008}, {@code 22.10.2008}, {@code 22/10/08}, {@code 2008-10-22}, optionally after a
 *     weekday ({@code Wed 22 Oct 08}; the weekday is not checked against the date). Numbers are read
 *     day first. Without a year ({@code 22 Oct}) the date is the next one on or after today.</li>
 * <li>Two numbers are always month/year: {@code 10/08} is October 2008, never 10 August, and
 *     {@code 22/10} is refused (there is no month 22). A four-digit first number makes a UK
 *     financial year instead, ending on 31 March: {@code 2008/09}, {@code 2008-09}, {@code 2008/2009},
 *     {@code FY 08/09}; so does {@code 2008 - 2010}, which ends on 31 March 2010.</li>
 * <li>A month name followed by two digits is month and year ({@code Oct 22} is October 2022);
 *     by one digit or an ordinal, month and day ({@code Oct 8}, {@code Oct 22nd}).</li>
 * <li>A month, season, quarter ({@code Q3}) or half year ({@code H1}) without a year is the first
 *     one that has not yet ended, so the winter that began last December still counts.</li>
 * <li>Month ranges ({@code Sept/Oct 08}, {@code Nov 08 - Feb}, {@code April to June 2009}) end with the
 *     later month, in the following year when it comes before the first month. Other ranges need spaces
 *     round the dash or a "to" ({@code 1 April 2008 - 31 March 2010}); their end is read on its own.</li>
 * <li>{@code this week}/{@code end of week} is the coming Friday (on a weekend, next week's),
 *     {@code next week} is the Friday of the following Monday-to-Sunday week, and {@code Friday} or
 *     {@code next Friday} is the first Friday strictly after today.</li>
 * <li>{@code in 2 weeks}, {@code 2 weeks}, {@code within a month}, {@code in two weeks' time} count
 *     from today; a month on from the 31st is the end of the next month.</li>
 * <li>{@code by}, {@code before}, {@code on}, {@code due}, {@code at}, {@code until} change nothing
 *     ("before 22 Oct" is due on the 22nd). {@code end of} and {@code late} mean the end of the period;
 *     {@code mid} and {@code early} apply to a single month only (15th and 10th), and {@code w/c}
 *     (week commencing) to a single day only (that day + 6); otherwise the text is unrecognised.
 *     A w/c day without a year may be up to six days ago: the week it starts is not over yet.</li>
 * <li>{@code next meeting} takes no prefix but "at", "by", "before" and the like.</li>
 * <li>Two-digit years are 20xx unless that is more than 50 years after today's year, then 19xx.</li>
 * <li>A day that does not exist in its month ({@code 31/02/09}, {@code 30 Feb}), month 13, or a
 *     financial year that ends before it begins is refused with {@link InvalidTimescale}.</li>
 * </ul>
 *
 * <p>The parser is pure and stateless, so one instance can be shared between threads.
 */
public final class TimescaleParser {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
    /** Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus. */
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");

    private static final Pattern NO_DATE = Pattern.compile(
            "|-+|on-?going|on going|tb[cad]|to be (?:confirmed|agreed|arranged|decided)|n/?a|none");
    private static final Pattern FILLER = Pattern.compile("(?:due|by|before|on|at|for|until|till|the) (.+)");
    private static final Pattern MODIFIER = Pattern.compile(
            "(end of|end|late|mid|middle of|early|w/c|wc|w/b|week commencing|week beginning)[ -](.+)");
    private static final Pattern NEXT_MEETING = Pattern.compile("next (?:group )?(?:meeting|mtg)");
    /** Two days in different years, months and weekdays, for {@link #dependsOnTheDay}. */
    private static final LocalDate ONE_DAY = LocalDate.of(2001, 1, 3);
    private static final LocalDate ANOTHER_DAY = LocalDate.of(2003, 7, 18);

    /**
     * Reads a timescale.
     *
     * @param typed       the timescale exactly as typed; kept unchanged as the result's text
     * @param today       today's date in the group's time zone
     * @param nextMeeting the group's next meeting date, if one is known
     * @throws InvalidTimescale if the text looks like a date but is not a real one
     */
    public Timescale parse(String typed, LocalDate today, Optional<LocalDate> nextMeeting) {
        Objects.requireNonNull(nextMeeting, "nextMeeting");
        return parse(typed, today, () -> nextMeeting);
    }

    /** As {@link #parse(String, LocalDate, Optional)}, asking for the next meeting only for "next meeting". */
    public Timescale parse(String typed, LocalDate today, Supplier<Optional<LocalDate>> nextMeeting) {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(today, "today");
        String normalised = normalise(typed);
        if (NO_DATE.matcher(normalised).matches()) {
            return new Timescale(typed, Optional.empty(), Timescale.Kind.NO_DATE);
        }
        Reading reading = withoutPrefixes(normalised);
        if (reading.modifier() == Modifier.NONE && NEXT_MEETING.matcher(reading.rest()).matches()) {
            return new Timescale(typed, nextMeeting.get(), Timescale.Kind.NEXT_MEETING);
        }
        return period(typed, reading, today)
                .flatMap(reading.modifier()::dueDate)
                .map(due -> new Timescale(typed, Optional.of(due), Timescale.Kind.DATED))
                .orElseGet(() -> new Timescale(typed, Optional.empty(), Timescale.Kind.UNRECOGNISED));
    }

    /**
     * Whether the date a timescale stands for depends on the day it was typed ("in 2 weeks", "next
     * week", "Friday", "22 Oct" without a year): read on two days far apart, it resolves differently.
     * Circulated notes show such a timescale with its date, which the words alone lose.
     */
    public boolean dependsOnTheDay(String typed) {
        try {
            return !parse(typed, ONE_DAY, Optional.empty()).due().equals(parse(typed, ANOTHER_DAY, Optional.empty()).due());
        } catch (InvalidTimescale e) {
            return false;
        }
    }

    /**
     * The first day a dated timescale covers: "April 2008 – March 2010" starts on 1 April 2008,
     * "2008/09" on 1 April 2008, "22 Oct 08" on that day. Action plans show when an objective's
     * work begins as well as when it ends. Empty exactly when {@link #parse} has no due date of
     * the timescale's own (undated, unrecognised or "next meeting").
     *
     * @throws InvalidTimescale as {@link #parse} does
     */
    public Optional<LocalDate> start(String typed, LocalDate today) {
        Objects.requireNonNull(typed, "typed");
        Objects.requireNonNull(today, "today");
        String normalised = normalise(typed);
        Reading reading = withoutPrefixes(normalised);
        if (NO_DATE.matcher(normalised).matches()
                || reading.modifier() == Modifier.NONE && NEXT_MEETING.matcher(reading.rest()).matches()) {
            return Optional.empty();
        }
        return period(typed, reading, today)
                .filter(span -> reading.modifier().dueDate(span).isPresent())
                .map(DateSpan::first);
    }

    private static Optional<DateSpan> period(String typed, Reading reading, LocalDate today) {
        try {
            return PeriodReader.read(reading.rest(), today, reading.modifier().earliestStart(today));
        } catch (PeriodReader.NotReal e) {
            throw new InvalidTimescale(typed.strip() + " is not a real " + e.what() + ": " + e.reason());
        }
    }

    private static String normalise(String typed) {
        String text = typed.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(',', ' ');
        text = DASHES.matcher(text).replaceAll("-");
        return withoutTrailingRemarks(SPACES.matcher(text).replaceAll(" ").strip());
    }

    /** "Oct 08 (draft)." reads as "Oct 08": full stops and bracketed remarks at the end go, in any order. */
    private static String withoutTrailingRemarks(String text) {
        String rest = text;
        for (String before = null; !rest.equals(before); ) {
            before = rest;
            if (rest.endsWith(".")) {
                rest = rest.substring(0, rest.length() - 1).strip();
            }
            int open = rest.lastIndexOf('(');
            // Only a remark after something: "(Sept 08)" on its own is left for the forms to judge.
            if (open > 0 && rest.indexOf(')', open) == rest.length() - 1) {
                rest = rest.substring(0, open).strip();
            }
        }
        return rest;
    }

    /** The date part of a timescale and the word in front of it that moves the due date, if any. */
    private record Reading(Modifier modifier, String rest) {
    }

    private static Reading withoutPrefixes(String text) {
        String rest = withoutFillers(text);
        Matcher modifier = MODIFIER.matcher(rest);
        return modifier.matches()
                ? new Reading(Modifier.named(modifier.group(1)), withoutFillers(modifier.group(2)))
                : new Reading(Modifier.NONE, rest);
    }

    /** Drops words that do not change the date: "due by the 22nd Oct" reads as "22nd Oct". */
    private static String withoutFillers(String text) {
        String rest = text;
        for (Matcher filler = FILLER.matcher(rest); filler.matches(); filler = FILLER.matcher(rest)) {
            rest = filler.group(1);
        }
        return rest;
    }

    /** A word in front of the period that moves the due date within it. */
    private enum Modifier {
        NONE, END, MID, EARLY, WEEK_COMMENCING;

        static Modifier named(String words) {
            return switch (words) {
                case "end of", "end", "late" -> END;
                case "mid", "middle of" -> MID;
                case "early" -> EARLY;
                default -> WEEK_COMMENCING; // w/c, wc, w/b, week commencing, week beginning
            };
        }

        /** A week commencing six days ago has not ended yet, so a start that early still counts. */
        LocalDate earliestStart(LocalDate today) {
            return this == WEEK_COMMENCING ? today.minusDays(6) : today;
        }

        Optional<LocalDate> dueDate(DateSpan period) {
            return switch (this) {
                case NONE, END -> Optional.of(period.last());
                case MID -> period.isOneMonth() ? Optional.of(period.first().withDayOfMonth(15)) : Optional.empty();
                case EARLY -> period.isOneMonth() ? Optional.of(period.first().withDayOfMonth(10)) : Optional.empty();
                case WEEK_COMMENCING -> period.isOneDay() ? Optional.of(period.first().plusDays(6)) : Optional.empty();
            };
        }
    }
}
