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
public interface MeetingLink {

    /** The open meeting's current place: its agenda item (none before the first) and the next position. */
    record Filing(long meetingId, Long agendaItemId, int position) {
    }

    Optional<Filing> takeFiling(Handle handle, long groupId);

    /** Notes a change to an action from an earlier meeting in the open meeting, if there is one. */
    void noteReview(Handle handle, long groupId, Action action, String note, Invocation inv);

    Optional<LocalDate> nextMeeting(Handle handle, long groupId);

    /** Before meetings exist (and in tests of actions alone). */
    MeetingLink NONE = new MeetingLink() {
        @Override
        public Optional<Filing> takeFiling(Handle handle, long groupId) {
            return Optional.empty();
        }

        @Override
        public void noteReview(Handle handle, long groupId, Action action, String note, Invocation inv) {
        }

        @Override
        public Optional<LocalDate> nextMeeting(Handle handle, long groupId) {
            return Optional.empty();
        }
    };
}
