package org.themebot.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a group's reminders go out: N days before the due date (0: not at all) and the time of day,
 * in its zone; {@code longOverdueWeekly}: actions overdue for more than a year are still reminded
 * weekly rather than every 4 weeks.
 */
public record ReminderSettings(int daysBefore, LocalTime at, ZoneId zone, boolean longOverdueWeekly) {

    public ReminderSettings(int daysBefore, LocalTime at, ZoneId zone) {
        this(daysBefore, at, zone, false);
    }

    public static final int DEFAULT_DAYS_BEFORE = 2;
    public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

    /**
     * The instant of the reminder time on a day. Across a daylight-saving change this is still
     * that wall-clock time; a time that does not exist that day (skipped by the clocks going
     * forward) moves on by the length of the gap.
     */
    public Instant instantOn(LocalDate day) {
        return day.atTime(at).atZone(zone).toInstant();
    }

    /** The first day whose reminder time is at or after the instant. */
    public LocalDate firstDayFrom(Instant instant) {
        LocalDate day = LocalDate.ofInstant(instant, zone);
        return instantOn(day).isBefore(instant) ? day.plusDays(1) : day;
    }
}
