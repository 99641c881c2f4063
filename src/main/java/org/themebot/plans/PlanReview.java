package org.themebot.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** A dated entry under Outcomes: a review comment, or a change of status with its comment. */
public record PlanReview(long id, long planItemId, Kind kind, String text, String userId, Optional<Long> meetingId,
                         Instant at) {

    public enum Kind {
        COMMENT, STATUS;

        String storeName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public LocalDate day(ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }
}
