package org.themebot.reminders;

import java.time.Instant;
import java.util.Optional;

/**
 * A group's reminder, digest and round-up settings. {@code digestFrom}: no weekly digest is sent
 * for a moment before it (the digest was set after it).
 */
public record GroupSchedule(long groupId, ReminderSettings reminders, Optional<WeeklyTime> digest,
                            boolean digestToChannel, Optional<Instant> digestFrom, Optional<Integer> roundupDays,
                            Optional<Instant> lastDigestAt) {
}
