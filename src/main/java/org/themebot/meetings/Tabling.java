package org.themebot.meetings;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.themebot.people.Who;

/**
 * What other features table for a group's next meeting (good practice), without meetings
 * depending on them: taken onto the meeting when it starts, discussed when it ends. Each call
 * joins the caller's transaction through its handle.
 */
public interface Tabling {

    /** The agenda item tabled things are listed under. */
    String ITEM_TITLE = "Sharing Good Practice";

    /** One thing tabled, as the meeting shows it: its ref ("G3"), its text, who put it forward, its status. */
    record Tabled(String ref, String text, Who submitter, String status) {
    }

    /** Takes everything waiting for the group's next meeting onto this one, and returns it. */
    List<Tabled> takeTabled(Handle handle, long groupId, long meetingId, Instant at);

    /** What was taken onto this meeting (and not withdrawn since). */
    List<Tabled> tabledAt(Handle handle, long meetingId);

    /** The meeting ended: what was tabled at it has been discussed. */
    void discussed(Handle handle, long meetingId, Instant at);

    /** Nothing is ever tabled (meetings alone). */
    Tabling NONE = new Tabling() {
        @Override
        public List<Tabled> takeTabled(Handle handle, long groupId, long meetingId, Instant at) {
            return List.of();
        }

        @Override
        public List<Tabled> tabledAt(Handle handle, long meetingId) {
            return List.of();
        }

        @Override
        public void discussed(Handle handle, long meetingId, Instant at) {
        }
    };
}
