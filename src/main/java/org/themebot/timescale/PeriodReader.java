package org.themebot.timescale;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.temporal.TemporalAdjusters.next;
import static java.time.temporal.TemporalAdjusters.nextOrSame;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date part of a timescale, already normalised by {@link TimescaleParser} (lower case,
 * single spaces, plain hyphens, no prefix words), into the {@link DateSpan} it covers. A reader
 * lives for one timescale and holds the dates it is read against. The choices made for ambiguous
 * forms are listed on {@link TimescaleParser}.
 */
final class PeriodReader {

    private static final Pattern LEADING_WEEKDAY =
            Pattern.compile("(?<weekday>[a-z]+)\\.? (?<rest>(?:\\d|(?<word>[a-z]+)).*)");
    private static final Pattern RELATIVE_PERIOD = Pattern.compile("(?:(this|next) )?(week|month|quarter|year)");
    private static final Pattern WEEKDAY = Pattern.compile("(?:next )?([a-z]+)");
    private static final Pattern IN_TIME = Pattern.compile(
            "(?:(?:in|within) )?(\\d{1,3}|[a-z]+) (day|week|month|year)(?:s|'s|s')?(?: time)?");
    private static final Pattern ISO_DATE =
            Pattern.compile("(?<year>\\d{4})[-/.](?<month>\\d{1,2})[-/.](?<day>\\d{1,2})");
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<day>\\d{1,2})[-/.](?<month>\\d{1,2})[-/.]" + year("year"));
    private static final Pattern FINANCIAL_YEAR = Pattern.compile(
            "(?<label>(?:fy|financial year) ?)?(?<start>\\d{4}|\\d{2}) ?[-/] ?(?<end>\\d{4}|\\d{2})");
    private static final Pattern NUMERIC_MONTH = Pattern.compile("(?<month>\\d{1,2}) ?[-/] ?" + year("year"));
    private static final Pattern YEAR_ALONE = Pattern.compile("\\d{4}");
    private static final Pattern QUARTER_OR_HALF =
            Pattern.compile("(?<part>[qh])(?<n>\\d)(?: ?[-/]? ?" + year("year") + ")?");
    private static final Pattern SEASON =
            Pattern.compile("(?<season>spring|summer|autumn|fall|winter)(?: " + year("year") + ")?");
    private static final Pattern MONTH_RANGE = Pattern.compile("(?<from>[a-z]+)\\.?(?: ?" + year("fromYear")
            + ")?(?: ?[-/] ?| (?:to|until|till) )(?<to>[a-z]+)\\.?(?: ?" + year("toYear") + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<month>[a-z]+)\\.?[ /-]?" + year("year"));
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<month>[a-z]+)\\.? (?<day>\\d{1,2})(?:st|nd|rd|th)?(?: " + year("year") + ")?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?<day>\\d{1,2})(?:st|nd|rd|th)?(?: of)?[ -]?(?<month>[a-z]+)\\.?(?:[ -]?" + year("year") + ")?");
    private static final Pattern MONTH_ALONE = Pattern.compile("[a-z]+");
    private static final Pattern SPACED_RANGE = Pattern.compile("(?<from>.+?) (?:-|to|until|till) (?<to>.+)");

    /**
     * Every form but a spaced range, tried in order; where forms overlap the earlier wins,
     * e.g. "Oct 22" is a month and year, not a day. Each gives the period it names, or empty.
     */
    private static final List<BiFunction<PeriodReader, String, Optional<DateSpan>>> SINGLE_PERIODS = List.of(
            PeriodReader::todayOrTomorrow, PeriodReader::thisOrNextPeriod, PeriodReader::weekday,
            PeriodReader::inSomeTime, PeriodReader::isoDate, PeriodReader::numericDate,
            PeriodReader::financialYear, PeriodReader::numericMonth, PeriodReader::yearAlone,
            PeriodReader::quarterOrHalf, PeriodReader::season, PeriodReader::monthRange,
            PeriodReader::monthYear, PeriodReader::monthThenDay, PeriodReader::dayThenMonth,
            PeriodReader::monthAlone);

    private final LocalDate today;
    private final LocalDate yearlessFrom;

    private PeriodReader(LocalDate today, LocalDate yearlessFrom) {
        this.today = today;
        this.yearlessFrom = yearlessFrom;
    }

    /**
     * The period the text names, or empty if it names none.
     *
     * @param yearlessFrom the earliest day a day and month without a year may be: today, or six days
     *                     earlier for the start of a week that may already have begun ("w/c 1 Sept")
     * @throws NotReal if the text looks like a date that cannot exist, such as 31/02/09
     */
    static Optional<DateSpan> read(String text, LocalDate today, LocalDate yearlessFrom) {
        PeriodReader reader = new PeriodReader(today, yearlessFrom);
        String date = withoutLeadingWeekday(text);
        return reader.singlePeriod(date).or(() -> reader.spacedRange(date));
    }

    /** "Wed 22 Oct 08" reads as "22 Oct 08"; "Friday next week" is left alone, as is "Friday". */
    private static String withoutLeadingWeekday(String text) {
        Matcher m = LEADING_WEEKDAY.matcher(text);
        boolean dateFollows = m.matches() && DateWords.weekday(m.group("weekday")).isPresent()
                && (m.group("word") == null || DateWords.month(m.group("word")).isPresent());
        return dateFollows ? m.group("rest") : text;
    }

    private Optional<DateSpan> singlePeriod(String text) {
        return SINGLE_PERIODS.stream().map(form -> form.apply(this, text)).flatMap(Optional::stream).findFirst();
    }

    /** "1 April 2008 - 31 March 2010": both ends must be single periods; the range ends when its end does. */
    private Optional<DateSpan> spacedRange(String text) {
        Matcher m = SPACED_RANGE.matcher(text);
        Optional<DateSpan> from = m.matches() ? singlePeriod(m.group("from")) : Optional.empty();
        return from.flatMap(start -> singlePeriod(m.group("to"))
                .map(end -> new DateSpan(start.first(), end.last())));
    }

    private Optional<DateSpan> todayOrTomorrow(String text) {
        return switch (text) {
            case "today" -> Optional.of(DateSpan.day(today));
            case "tomorrow" -> Optional.of(DateSpan.day(today.plusDays(1)));
            default -> Optional.empty();
        };
    }

    /** "this week" ends on the coming Friday, "next week" on the Friday after the coming Monday. */
    private Optional<DateSpan> thisOrNextPeriod(String text) {
        Matcher m = RELATIVE_PERIOD.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean next = "next".equals(m.group(1));
        YearMonth thisMonth = YearMonth.from(today);
        YearMonth thisQuarter = thisMonth.minusMonths((thisMonth.getMonthValue() - 1) % 3);
        return Optional.of(switch (m.group(2)) {
            case "week" -> DateSpan.workingWeekEndingOn(
                    next ? today.with(next(MONDAY)).plusDays(4) : today.with(nextOrSame(FRIDAY)));
            case "month" -> DateSpan.month(next ? thisMonth.plusMonths(1) : thisMonth);
            case "quarter" -> DateSpan.quarterStartingIn(next ? thisQuarter.plusMonths(3) : thisQuarter);
            default -> DateSpan.year(next ? today.getYear() + 1 : today.getYear());
        });
    }

    /** "Friday" and "next Friday" both mean the first Friday after today. */
    private Optional<DateSpan> weekday(String text) {
        Matcher m = WEEKDAY.matcher(text);
        return m.matches()
                ? DateWords.weekday(m.group(1)).map(day -> DateSpan.day(today.with(next(day))))
                : Optional.empty();
    }

    private Optional<DateSpan> inSomeTime(String text) {
        Matcher m = IN_TIME.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        ChronoUnit unit = ChronoUnit.valueOf(m.group(2).toUpperCase(Locale.ROOT) + "S");
        return DateWords.number(m.group(1)).map(count -> DateSpan.day(today.plus(count, unit)));
    }

    private Optional<DateSpan> isoDate(String text) {
        Matcher m = ISO_DATE.matcher(text);
        return m.matches()
                ? Optional.of(DateSpan.day(realDate(number(m, "year"), number(m, "month"), number(m, "day"))))
                : Optional.empty();
    }

    /** Numbers are day first, as in the UK. */
    private Optional<DateSpan> numericDate(String text) {
        Matcher m = NUMERIC_DATE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = fullYear(m.group("year"));
        return Optional.of(DateSpan.day(realDate(year, number(m, "month"), number(m, "day"))));
    }

    /** UK financial years run from 1 April to 31 March; "2008/10" is two of them. */
    private Optional<DateSpan> financialYear(String text) {
        Matcher m = FINANCIAL_YEAR.matcher(text);
        // Without "FY", two digits first make a month/year ("08/09"), read by numericMonth.
        if (!m.matches() || (m.group("label") == null && m.group("start").length() == 2)) {
            return Optional.empty();
        }
        int start = fullYear(m.group("start"));
        int end = endYear(start, m.group("end"));
        if (end <= start) {
            throw new NotReal("financial year", "it must end in a later year than it begins");
        }
        return Optional.of(DateSpan.months(YearMonth.of(start, Month.APRIL), YearMonth.of(end, Month.MARCH)));
    }

    /** The end year of "2008/09" is 2009 and of "1999/00" 2000, but "2008/07" ends (wrongly) in 2007. */
    private static int endYear(int start, String end) {
        if (end.length() == 4) {
            return Integer.parseInt(end);
        }
        int sameCentury = start - start % 100 + Integer.parseInt(end);
        return sameCentury <= start && start % 100 >= 90 ? sameCentury + 100 : sameCentury;
    }

    /** Two numbers are month/year, so "10/08" is October 2008 and "22/10" is refused. */
    private Optional<DateSpan> numericMonth(String text) {
        Matcher m = NUMERIC_MONTH.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = number(m, "month");
        if (month < 1 || month > 12) {
            boolean mayBeDayAndMonth = Integer.parseInt(m.group("year")) <= 12;
            throw new NotReal("date", "there is no month " + month
                    + (mayBeDayAndMonth ? " (for a day, give the year too, e.g. 22/10/2008)" : ""));
        }
        return Optional.of(DateSpan.month(YearMonth.of(fullYear(m.group("year")), month)));
    }

    private Optional<DateSpan> yearAlone(String text) {
        return YEAR_ALONE.matcher(text).matches()
                ? Optional.of(DateSpan.year(Integer.parseInt(text)))
                : Optional.empty();
    }

    /** Calendar quarters Q1 to Q4 and half years H1, H2. */
    private Optional<DateSpan> quarterOrHalf(String text) {
        Matcher m = QUARTER_OR_HALF.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int months = m.group("part").equals("q") ? 3 : 6;
        int n = number(m, "n");
        if (n < 1 || n * months > 12) {
            return Optional.empty();
        }
        return Optional.of(inYearOrNext(m.group("year"),
                year -> DateSpan.months(YearMonth.of(year, (n - 1) * months + 1), YearMonth.of(year, n * months))));
    }

    /** Spring is March to May, Summer June to August, Autumn September to November; Winter 2008 ends in 2009. */
    private Optional<DateSpan> season(String text) {
        Matcher m = SEASON.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Month first = switch (m.group("season")) {
            case "spring" -> Month.MARCH;
            case "summer" -> Month.JUNE;
            case "winter" -> Month.DECEMBER;
            default -> Month.SEPTEMBER;
        };
        return Optional.of(inYearOrNext(m.group("year"),
                year -> DateSpan.quarterStartingIn(YearMonth.of(year, first))));
    }

    /** "Sept/Oct 08", "Nov 08 - Feb": a later month numbered lower than the first is in the next year. */
    private Optional<DateSpan> monthRange(String text) {
        Matcher m = MONTH_RANGE.matcher(text);
        Optional<Month> from = m.matches() ? DateWords.month(m.group("from")) : Optional.empty();
        Optional<Month> to = from.isPresent() ? DateWords.month(m.group("to")) : Optional.empty();
        if (to.isEmpty()) {
            return Optional.empty();
        }
        String fromYear = m.group("fromYear");
        String toYear = m.group("toYear");
        int crossesYearEnd = to.get().compareTo(from.get()) < 0 ? 1 : 0;
        YearMonth last;
        if (toYear != null) {
            last = YearMonth.of(fullYear(toYear), to.get());
        } else if (fromYear != null) {
            last = YearMonth.of(fullYear(fromYear) + crossesYearEnd, to.get());
        } else {
            last = YearMonth.from(inYearOrNext(null, year -> DateSpan.month(YearMonth.of(year, to.get()))).last());
        }
        int firstYear = fromYear != null ? fullYear(fromYear) : last.getYear() - crossesYearEnd;
        return Optional.of(DateSpan.months(YearMonth.of(firstYear, from.get()), last));
    }

    private Optional<DateSpan> monthYear(String text) {
        Matcher m = MONTH_YEAR.matcher(text);
        return m.matches()
                ? DateWords.month(m.group("month"))
                        .map(month -> DateSpan.month(YearMonth.of(fullYear(m.group("year")), month)))
                : Optional.empty();
    }

    private Optional<DateSpan> monthThenDay(String text) {
        Matcher m = MONTH_DAY.matcher(text);
        return m.matches() ? dayOfMonth(m) : Optional.empty();
    }

    private Optional<DateSpan> dayThenMonth(String text) {
        Matcher m = DAY_MONTH.matcher(text);
        return m.matches() ? dayOfMonth(m) : Optional.empty();
    }

    private Optional<DateSpan> dayOfMonth(Matcher m) {
        int day = number(m, "day");
        String year = m.group("year");
        return DateWords.month(m.group("month")).map(month -> DateSpan.day(year == null
                ? nextOccurrence(month, day)
                : realDate(fullYear(year), month.getValue(), day)));
    }

    private Optional<DateSpan> monthAlone(String text) {
        if (!MONTH_ALONE.matcher(text).matches()) {
            return Optional.empty();
        }
        return DateWords.month(text)
                .map(month -> inYearOrNext(null, year -> DateSpan.month(YearMonth.of(year, month))));
    }

    /** With a year, that year's period; without, the first that has not ended (starting with last year's). */
    private DateSpan inYearOrNext(String year, IntFunction<DateSpan> periodInYear) {
        if (year != null) {
            return periodInYear.apply(fullYear(year));
        }
        // Last year's too: the winter that began last December may not be over yet.
        for (int candidate = today.getYear() - 1; ; candidate++) {
            DateSpan period = periodInYear.apply(candidate);
            if (!period.last().isBefore(today)) {
                return period;
            }
        }
    }

    /** A day and month without a year: the first one from {@link #yearlessFrom} on (29 February: a leap year's). */
    private LocalDate nextOccurrence(Month month, int day) {
        if (day < 1 || day > month.maxLength()) {
            throw new NotReal("date", day < 1 ? "there is no day 0" : "there is no " + day + " " + name(month));
        }
        MonthDay monthDay = MonthDay.of(month, day);
        for (int year = yearlessFrom.getYear(); ; year++) {
            if (monthDay.isValidYear(year) && !monthDay.atYear(year).isBefore(yearlessFrom)) {
                return monthDay.atYear(year);
            }
        }
    }

    private static LocalDate realDate(int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw new NotReal("date", "there is no month " + month);
        }
        if (day < 1) {
            throw new NotReal("date", "there is no day " + day);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day > yearMonth.lengthOfMonth()) {
            throw new NotReal("date", name(yearMonth.getMonth()) + " " + year
                    + " has " + yearMonth.lengthOfMonth() + " days");
        }
        return yearMonth.atDay(day);
    }

    /** Two-digit years are 20xx, unless that is more than 50 years after today's year: then 19xx. */
    private int fullYear(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 4) {
            return year;
        }
        int in2000s = 2000 + year;
        return in2000s - today.getYear() > 50 ? in2000s - 100 : in2000s;
    }

    private static int number(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static String year(String group) {
        return "'?(?<" + group + ">\\d{4}|\\d{2})";
    }

    private static String name(Month month) {
        return month.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** Text that looks like a date but cannot be one; {@link TimescaleParser} names the whole text. */
    static final class NotReal extends RuntimeException {

        private final String what;
        private final String reason;

        NotReal(String what, String reason) {
            super(what + ": " + reason, null, false, false);
            this.what = what;
            this.reason = reason;
        }

        /** What the text is not: "date" or "financial year". */
        String what() {
            return what;
        }

        /** Why not, e.g. "February 2009 has 28 days". */
        String reason() {
            return reason;
        }
    }
}
