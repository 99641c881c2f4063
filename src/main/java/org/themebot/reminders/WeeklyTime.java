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

/** A day of the week and a time of day, in a group's zone: when its weekly digest goes out. */
public record WeeklyTime(DayOfWeek day, LocalTime time) {

    /** The first such moment strictly after {@code now}. */
    public ZonedDateTime nextAfter(Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        ZonedDateTime candidate = today.with(TemporalAdjusters.nextOrSame(day)).atTime(time).atZone(zone);
        return candidate.toInstant().isAfter(now) ? candidate
                : today.with(TemporalAdjusters.next(day)).atTime(time).atZone(zone);
    }

    /** "Monday at 09:00". */
    public String describe() {
        return day.getDisplayName(TextStyle.FULL, Locale.UK) + " at " + time;
    }
}
