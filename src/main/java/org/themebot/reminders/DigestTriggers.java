package org.themebot.reminders;

import java.time.ZoneId;
import java.util.Optional;

/** Keeps a group's weekly digest trigger in step with its settings (a Quartz cron trigger in its zone). */
public interface DigestTriggers {

    /** Schedules the group's digest for {@code when} in {@code zone}, replacing any earlier one; empty unschedules. */
    void reschedule(long groupId, Optional<WeeklyTime> when, ZoneId zone);

    DigestTriggers NONE = (groupId, when, zone) -> { };
}
