package org.themebot.partnership;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a partnership's monthly board report goes: 09:00 partnership time on the first working
 * day of each month. Working days are Monday to Friday less the England and Wales bank holidays
 * that can fall at the start of a month (New Year's Day or its substitute, Good Friday, Easter
 * Monday, the early May bank holiday). Pure functions of the instant and zone.
 */
public final class BoardReportSchedule {

    static final LocalTime REPORT_TIME = LocalTime.of(9, 0);

    private BoardReportSchedule() {
    }

    public static LocalDate firstWorkingDay(YearMonth month) {
        LocalDate day = month.atDay(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The instant of a month's report. A 09:00 that a clock change skips becomes the first instant
     * after the gap (ZonedDateTime's rule), and an overlap takes the earlier offset.
     */
    public static Instant runAt(YearMonth month, ZoneId zone) {
        return ZonedDateTime.of(firstWorkingDay(month), REPORT_TIME, zone).toInstant();
    }

    /** The first report instant strictly after {@code after}. */
    public static Instant nextRun(Instant after, ZoneId zone) {
        YearMonth month = YearMonth.from(after.atZone(zone));
        Instant thisMonth = runAt(month, zone);
        return thisMonth.isAfter(after) ? thisMonth : runAt(month.plusMonths(1), zone);
    }

    /**
     * The month whose report is due at {@code now}: the latest whose instant has come, provided it
     * is not before {@code reportsFrom} (the report was turned on later). After downtime only the
     * latest month is due, so a board never gets a pile of stale reports.
     */
    public static Optional<YearMonth> dueMonth(Instant now, ZoneId zone, Instant reportsFrom) {
        YearMonth month = YearMonth.from(now.atZone(zone));
        if (runAt(month, zone).isAfter(now)) {
            month = month.minusMonths(1);
        }
        return runAt(month, zone).isBefore(reportsFrom) ? Optional.empty() : Optional.of(month);
    }

    static boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !isStartOfMonthBankHoliday(day);
    }

    private static boolean isStartOfMonthBankHoliday(LocalDate day) {
        LocalDate easter = easterSunday(day.getYear());
        LocalDate newYear = LocalDate.of(day.getYear(), Month.JANUARY, 1);
        // When 1 January is a Saturday or Sunday, the following Monday is the holiday instead.
        LocalDate newYearHoliday = newYear.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue()
                ? newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : newYear;
        LocalDate earlyMay = LocalDate.of(day.getYear(), Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        return day.equals(newYearHoliday) || day.equals(easter.minusDays(2)) || day.equals(easter.plusDays(1))
                || day.equals(earlyMay);
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}
