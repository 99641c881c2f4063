package org.themebot.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** One sitting of a theme group; open until ended. */
public record Meeting(long id, long groupId, int number, LocalDate date, String title, boolean open,
                      Optional<LocalDate> nextMeeting, Instant startedAt) {

    /** The short per-group reference: M3. */
    public String ref() {
        return "M" + number;
    }
}
