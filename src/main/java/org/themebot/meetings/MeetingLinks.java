package org.themebot.meetings;

import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.themebot.actions.Action;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;

/**
 * What actions need of meetings, inside the action's own transaction: where a new action is filed,
 * where a review of an older one is noted, the date "next meeting" means, and where an action came from.
 */
public final class MeetingLinks implements MeetingLink {

    @Override
    public Optional<Filing> takeFiling(Handle handle, long groupId, Optional<Long> chosenItemId) {
        MeetingStore meetings = handle.attach(MeetingStore.class);
        return meetings.open(groupId).map(m -> {
            Optional<AgendaItem> chosen = chosenItemId.flatMap(id -> meetings.items(m.id()).stream()
                    .filter(item -> item.id() == id).findFirst());
            Long itemId = chosen.or(() -> meetings.currentItem(m.id())).map(AgendaItem::id).orElse(null);
            return new Filing(m.id(), itemId, meetings.takePosition(m.id()));
        });
    }

    @Override
    public void noteReview(Handle handle, long groupId, Action action, String note, Invocation inv) {
        MeetingStore meetings = handle.attach(MeetingStore.class);
        meetings.open(groupId)
                .filter(m -> !action.meetingId().equals(Optional.of(m.id())))
                .ifPresent(m -> meetings.insertNote(m.id(), meetings.currentItem(m.id()).map(AgendaItem::id).orElse(null),
                        meetings.takePosition(m.id()), note, action.id(), inv.userId(), inv.at()));
    }

    @Override
    public Optional<LocalDate> nextMeeting(Handle handle, long groupId) {
        return handle.attach(MeetingStore.class).latest(groupId).flatMap(Meeting::nextMeeting);
    }

    @Override
    public Optional<Origin> origin(Handle handle, Action action) {
        return action.filing().flatMap(filing -> {
            MeetingStore meetings = handle.attach(MeetingStore.class);
            return meetings.byId(filing.meetingId()).map(meeting -> new Origin(meeting.date(),
                    Optional.ofNullable(filing.agendaItemId()).flatMap(itemId -> meetings.items(meeting.id()).stream()
                            .filter(item -> item.id() == itemId).findFirst())
                            .map(item -> item.number() + ". " + item.title())));
        });
    }
}
