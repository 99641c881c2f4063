package org.themebot.goodpractice;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.themebot.meetings.Tabling;

/** Tabled good practice as meetings see it: listed when the next meeting starts, discussed when it ends. */
public final class TabledGoodPractice implements Tabling {

    @Override
    public List<Tabled> takeTabled(Handle handle, long groupId, long meetingId, Instant at) {
        SubmissionStore store = handle.attach(SubmissionStore.class);
        store.fileTabled(groupId, meetingId, at);
        return tabled(store.atMeeting(meetingId));
    }

    @Override
    public List<Tabled> tabledAt(Handle handle, long meetingId) {
        return tabled(handle.attach(SubmissionStore.class).atMeeting(meetingId));
    }

    @Override
    public void discussed(Handle handle, long meetingId, Instant at) {
        handle.attach(SubmissionStore.class).markDiscussed(meetingId, at);
    }

    private static List<Tabled> tabled(List<Submission> submissions) {
        return submissions.stream()
                .map(s -> new Tabled(s.ref(), s.summary(), s.submitter(), s.status().storeName()))
                .toList();
    }
}
