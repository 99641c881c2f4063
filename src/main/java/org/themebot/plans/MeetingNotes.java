package org.themebot.plans;

import org.jdbi.v3.core.Handle;
import org.themebot.commands.Invocation;

/**
 * Where a review comment made during a meeting is also recorded: the meeting's notes, under the
 * item in progress. Meetings own their notes, so they implement this; the call joins the review's
 * transaction through its handle, so the plan and the notes change together or not at all.
 */
@FunctionalInterface
public interface MeetingNotes {

    /** Records {@code text} ("P2 Hate crime reporting — review: …") in the open meeting {@code meetingId}. */
    void noteReview(Handle handle, long meetingId, PlanItem item, String text, Invocation inv);

    /** Reviews go into the plan only (tests of plans alone, and until meetings implement this). */
    MeetingNotes NONE = (handle, meetingId, item, text, inv) -> {
    };
}
