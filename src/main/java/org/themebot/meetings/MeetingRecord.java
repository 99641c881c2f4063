package org.themebot.meetings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.themebot.actions.Action;
import org.themebot.actions.MeetingLink;
import org.themebot.export.ActionNotes;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;
import org.themebot.people.Who;

/** Everything recorded for one meeting, as read from the store; becomes its action notes. */
public record MeetingRecord(ThemeGroup group, Meeting meeting, List<Who> present, List<Who> apologies,
                            List<AgendaItem> items, List<MeetingStore.Note> notes, List<Action> actions) {

    /** The one model every export renders: notes and actions in the order they were recorded, under their items. */
    public ActionNotes toActionNotes(Names names) {
        List<ActionNotes.Item> noteItems = new ArrayList<>();
        for (AgendaItem item : items) {
            noteItems.add(new ActionNotes.Item(item.number(), item.title(), entriesUnder(item.id(), names)));
        }
        return new ActionNotes(group.name(), meeting.date(), meeting.open(), names.of(present), names.of(apologies),
                entriesUnder(null, names), noteItems, meeting.nextMeeting());
    }

    private record Positioned(int position, ActionNotes.Entry entry) {
    }

    private List<ActionNotes.Entry> entriesUnder(Long itemId, Names names) {
        List<Positioned> entries = new ArrayList<>();
        for (MeetingStore.Note note : notes) {
            if (Objects.equals(note.agendaItemId(), itemId)) {
                entries.add(new Positioned(note.position(), new ActionNotes.Note(note.text())));
            }
        }
        for (Action action : actions) {
            if (Objects.equals(itemOf(action), itemId)) {
                entries.add(new Positioned(positionOf(action), new ActionNotes.ActionRow(action.ref(), action.text(),
                        action.timescale(), action.due(), names.of(action.owners()), action.status().storeName())));
            }
        }
        entries.sort(Comparator.comparingInt(Positioned::position));
        return entries.stream().map(Positioned::entry).toList();
    }

    private static Long itemOf(Action action) {
        return action.filing().map(MeetingLink.Filing::agendaItemId).orElse(null);
    }

    private static int positionOf(Action action) {
        return action.filing().map(MeetingLink.Filing::position).orElse(0);
    }
}
