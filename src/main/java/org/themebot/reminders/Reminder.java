package org.themebot.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** One reminder of an action: its kind, the day it is for and the instant it is due to go out. */
public record Reminder(ReminderKind kind, LocalDate day, Instant instant, LocalDate due) {

    /** What it says plainly: "due in 2 days", "due today", "overdue by 8 days". */
    public String headline() {
        long days = Math.abs(ChronoUnit.DAYS.between(day, due));
        return switch (kind) {
            case BEFORE -> "due in " + days + (days == 1 ? " day" : " days");
            case DUE -> "due today";
            case OVERDUE -> "overdue by " + days + (days == 1 ? " day" : " days");
        };
    }
}
