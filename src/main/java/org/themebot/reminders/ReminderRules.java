package org.themebot.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder of an action is due, from its due date, the group's settings and the instant
 * its reminders start from (creation, re-dating or the end of a snooze: nothing before that is
 * ever sent, so adding an overdue action does not DM at once).
 *
 * <p>The reminders are: {@code before} N days ahead, {@code due} on the day, and {@code overdue}
 * first on the day after the due date (or, if reminders started later, on the first reminder
 * time after that) and then every 7 days. All at the group's reminder time.
 */
public final class ReminderRules {

    static final int OVERDUE_REPEAT_DAYS = 7;

    private ReminderRules() {
    }

    /**
     * The latest reminder whose instant has come by {@code now}: the one to send, if not sent
     * already. After downtime only the latest is due, so an owner back from a week away gets
     * "overdue by 1 day", not also the "due in 2 days" that went by.
     */
    public static Optional<Reminder> latestDue(LocalDate due, Instant remindersFrom, ReminderSettings settings,
                                               Instant now) {
        return candidates(due, remindersFrom, settings, now).stream()
                .filter(r -> !r.instant().isAfter(now))
                .max(Comparator.comparing(Reminder::instant));
    }

    /** The next reminder after {@code now} (for showing when the next one comes). */
    public static Optional<Reminder> next(LocalDate due, Instant remindersFrom, ReminderSettings settings, Instant now) {
        return candidates(due, remindersFrom, settings, now).stream()
                .filter(r -> r.instant().isAfter(now))
                .min(Comparator.comparing(Reminder::instant));
    }

    /** The before and due reminders, and the overdue ones on either side of now. */
    private static List<Reminder> candidates(LocalDate due, Instant remindersFrom, ReminderSettings settings,
                                             Instant now) {
        List<Reminder> all = new ArrayList<>();
        if (settings.daysBefore() > 0) {
            all.add(reminder(ReminderKind.BEFORE, due.minusDays(settings.daysBefore()), due, settings));
        }
        all.add(reminder(ReminderKind.DUE, due, due, settings));
        LocalDate firstOverdue = later(due.plusDays(1), settings.firstDayFrom(remindersFrom));
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        long repeats = Math.max(0, ChronoUnit.DAYS.between(firstOverdue, today) / OVERDUE_REPEAT_DAYS);
        LocalDate latestOverdue = firstOverdue.plusDays(repeats * OVERDUE_REPEAT_DAYS);
        all.add(reminder(ReminderKind.OVERDUE, latestOverdue, due, settings));
        if (repeats > 0) {
            all.add(reminder(ReminderKind.OVERDUE, latestOverdue.minusDays(OVERDUE_REPEAT_DAYS), due, settings));
        }
        all.add(reminder(ReminderKind.OVERDUE, latestOverdue.plusDays(OVERDUE_REPEAT_DAYS), due, settings));
        return all.stream().filter(r -> !r.instant().isBefore(remindersFrom)).toList();
    }

    private static Reminder reminder(ReminderKind kind, LocalDate day, LocalDate due, ReminderSettings settings) {
        return new Reminder(kind, day, settings.instantOn(day), due);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
