package org.themebot.timescale;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * The days a timescale covers, first to last. Only the last matters for the due date; the first
 * lets "mid", "early" and "w/c" tell a single month or day from a longer period.
 */
record DateSpan(LocalDate first, LocalDate last) {

    static DateSpan day(LocalDate day) {
        return new DateSpan(day, day);
    }

    static DateSpan month(YearMonth month) {
        return months(month, month);
    }

    static DateSpan months(YearMonth first, YearMonth last) {
        return new DateSpan(first.atDay(1), last.atEndOfMonth());
    }

    /** Three months from {@code first}: a calendar quarter or a season. */
    static DateSpan quarterStartingIn(YearMonth first) {
        return months(first, first.plusMonths(2));
    }

    static DateSpan year(int year) {
        return months(YearMonth.of(year, Month.JANUARY), YearMonth.of(year, Month.DECEMBER));
    }

    /** Monday to Friday: the working week is what "this week" and "next week" are about. */
    static DateSpan workingWeekEndingOn(LocalDate friday) {
        return new DateSpan(friday.minusDays(4), friday);
    }

    boolean isOneDay() {
        return first.equals(last);
    }

    boolean isOneMonth() {
        return first.getDayOfMonth() == 1 && last.equals(YearMonth.from(first).atEndOfMonth());
    }
}
