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
 * time after that), then every 7 days; once an action has been overdue for a year, every 4 weeks
 * (an owner does not need a weekly word about a 2008 action). All at the group's reminder time.
 */
public final class ReminderRules {

    static final int OVERDUE_REPEAT_DAYS = 7;
    /** After a year overdue, "monthly": four weeks, so the reminder keeps its weekday. */
    static final int LONG_OVERDUE_REPEAT_DAYS = 28;

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
        OverdueDays overdue = OverdueDays.around(firstOverdue, due, LocalDate.ofInstant(now, settings.zone()));
        overdue.previous().ifPresent(day -> all.add(reminder(ReminderKind.OVERDUE, day, due, settings)));
        all.add(reminder(ReminderKind.OVERDUE, overdue.latest(), due, settings));
        all.add(reminder(ReminderKind.OVERDUE, overdue.next(), due, settings));
        return all.stream().filter(r -> !r.instant().isBefore(remindersFrom)).toList();
    }

    /**
     * The overdue reminder days on either side of today: weekly from the first until a year after
     * the due date, then every four weeks from the first weekly day past that year.
     */
    private record OverdueDays(Optional<LocalDate> previous, LocalDate latest, LocalDate next) {

        static OverdueDays around(LocalDate first, LocalDate due, LocalDate today) {
            long weeklySteps = Math.max(0, ceilDiv(ChronoUnit.DAYS.between(first, due.plusYears(1)), OVERDUE_REPEAT_DAYS));
            LocalDate firstMonthly = first.plusDays(weeklySteps * OVERDUE_REPEAT_DAYS);
            if (today.isBefore(firstMonthly)) {
                long k = Math.max(0, ChronoUnit.DAYS.between(first, today) / OVERDUE_REPEAT_DAYS);
                LocalDate latest = first.plusDays(k * OVERDUE_REPEAT_DAYS);
                return new OverdueDays(k > 0 ? Optional.of(latest.minusDays(OVERDUE_REPEAT_DAYS)) : Optional.empty(),
                        latest, latest.plusDays(OVERDUE_REPEAT_DAYS));
            }
            long j = ChronoUnit.DAYS.between(firstMonthly, today) / LONG_OVERDUE_REPEAT_DAYS;
            LocalDate latest = firstMonthly.plusDays(j * LONG_OVERDUE_REPEAT_DAYS);
            Optional<LocalDate> previous = j > 0 ? Optional.of(latest.minusDays(LONG_OVERDUE_REPEAT_DAYS))
                    : weeklySteps > 0 ? Optional.of(latest.minusDays(OVERDUE_REPEAT_DAYS)) : Optional.empty();
            return new OverdueDays(previous, latest, latest.plusDays(LONG_OVERDUE_REPEAT_DAYS));
        }

        private static long ceilDiv(long days, int step) {
            return Math.floorDiv(days + step - 1, step);
        }
    }

    private static Reminder reminder(ReminderKind kind, LocalDate day, LocalDate due, ReminderSettings settings) {
        return new Reminder(kind, day, settings.instantOn(day), due);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
