package org.themebot.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A day of the week and a time of day, in a group's zone: when its weekly digest goes out. The
 * one place its moments are worked out, for the sweep that sends the digest and for what
 * {@code /themegroup show} announces alike. A time the clocks skip (the spring change) moves on by
 * the length of the gap, 01:30 becoming 02:30; a time that happens twice (the autumn change) is
 * the first of the two.
 */
public record WeeklyTime(DayOfWeek day, LocalTime time) {

    /** The moment on a given date (which should be one of {@link #day}). */
    public ZonedDateTime on(LocalDate date, ZoneId zone) {
        return date.atTime(time).atZone(zone);
    }

    /** The first such moment strictly after {@code now}. */
    public ZonedDateTime nextAfter(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        ZonedDateTime candidate = on(today.with(TemporalAdjusters.nextOrSame(day)), zone);
        return candidate.toInstant().isAfter(now) ? candidate : on(today.with(TemporalAdjusters.next(day)), zone);
    }

    /** The latest such moment at or before {@code now}. */
    public ZonedDateTime latestAtOrBefore(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        ZonedDateTime candidate = on(today.with(TemporalAdjusters.previousOrSame(day)), zone);
        return candidate.toInstant().isAfter(now) ? on(today.with(TemporalAdjusters.previous(day)), zone) : candidate;
    }

    /** "Monday at 09:00". */
    public String describe() {
        return day.getDisplayName(TextStyle.FULL, Locale.UK) + " at " + time;
    }
}
