package org.themebot.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.themebot.people.Who;

/** An agreed action: what, who, by when (as typed, and the date it resolves to), and its state. */
public record Action(long id, long groupId, int number, String text, List<Who> owners, String timescale,
                     Optional<LocalDate> due, ActionStatus status, String createdBy, Instant createdAt,
                     Optional<MeetingLink.Filing> filing) {

    /** The meeting it was agreed in, if any. */
    public Optional<Long> meetingId() {
        return filing.map(MeetingLink.Filing::meetingId);
    }

    /** The short per-group reference people type: A12. */
    public String ref() {
        return ref(number);
    }

    public static String ref(int number) {
        return "A" + number;
    }

    public boolean isOpen() {
        return status == ActionStatus.OPEN;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && due.isPresent() && due.get().isBefore(today);
    }

    public boolean isOwnedBy(String userId) {
        return owners.stream().anyMatch(o -> o instanceof Who.Everyone
                || o instanceof Who.SlackUser user && user.userId().equals(userId));
    }
}
