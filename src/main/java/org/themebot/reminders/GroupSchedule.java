package org.themebot.reminders;

import java.time.Instant;
import java.util.Optional;

/** A group's reminder, digest and round-up settings. */
public record GroupSchedule(long groupId, ReminderSettings reminders, Optional<WeeklyTime> digest,
                            boolean digestToChannel, Optional<Integer> roundupDays, Optional<Instant> lastDigestAt) {
}
