package org.themebot.actions;

import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.themebot.commands.Invocation;

/**
 * What actions need to know of meetings, without depending on them: where a new action is filed,
 * where a review of an older one is noted, and the date "next meeting" resolves to. Each call
 * joins the caller's transaction through its handle.
 */
@FunctionalInterface
public interface MeetingLink {

    /** The open meeting's current place: its agenda item (none before the first) and the next position. */
    record Filing(long meetingId, Long agendaItemId, int position) {
    }

    /** The meeting an action was agreed at, and the agenda item it was filed under. */
    record Origin(LocalDate meetingDate, Optional<String> item) {
    }

    Optional<LocalDate> nextMeeting(Handle handle, long groupId);

    /** Where an action came from, when it was agreed at a meeting. */
    default Optional<Origin> origin(Handle handle, Action action) {
        return Optional.empty();
    }

    /**
     * Where a new action is filed: under the chosen item if it is the open meeting's, else its
     * current item; by default nowhere (no meeting is open).
     */
    default Optional<Filing> takeFiling(Handle handle, long groupId, Optional<Long> chosenItemId) {
        return Optional.empty();
    }

    /** Notes a change to an action from an earlier meeting in the open meeting, if there is one. */
    default void noteReview(Handle handle, long groupId, Action action, String note, Invocation inv) {
    }

    /** No meetings at all (tests of actions alone). */
    MeetingLink NONE = (handle, groupId) -> Optional.empty();
}
