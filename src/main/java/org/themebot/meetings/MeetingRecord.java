package org.themebot.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.themebot.actions.Action;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.TimescaleParser;
import org.themebot.export.ActionNotes;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;
import org.themebot.people.Who;

/** Everything recorded for one meeting, as read from the store; becomes its action notes. */
public record MeetingRecord(ThemeGroup group, Meeting meeting, List<Who> present, List<Who> apologies,
                            List<AgendaItem> items, List<MeetingStore.Note> notes, List<Action> actions,
                            List<Tabling.Tabled> tabled) {

    private static final TimescaleParser TIMESCALES = new TimescaleParser();
    private static final DateTimeFormatter BY_DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    /**
     * The one model every export renders: notes and actions in the order they were recorded, under
     * their items. Tabled good practice leads the item about good practice, or, when the meeting has
     * none, an item of its own after the last.
     */
    public ActionNotes toActionNotes(Names names) {
        List<ActionNotes.Entry> goodPractice = tabled.stream().<ActionNotes.Entry>map(t ->
                new ActionNotes.GoodPractice(t.ref(), t.text(), names.of(t.submitter()), t.status())).toList();
        Long goodPracticeItem = items.stream().filter(MeetingRecord::isAboutGoodPractice).findFirst()
                .map(AgendaItem::id).orElse(null);
        List<ActionNotes.Item> noteItems = new ArrayList<>();
        for (AgendaItem item : items) {
            List<ActionNotes.Entry> entries = entriesUnder(item.id(), names);
            if (Objects.equals(item.id(), goodPracticeItem)) {
                entries = Stream.concat(goodPractice.stream(), entries.stream()).toList();
            }
            noteItems.add(new ActionNotes.Item(item.number(), item.title(), entries));
        }
        if (goodPracticeItem == null && !goodPractice.isEmpty()) {
            int next = items.isEmpty() ? 1 : items.get(items.size() - 1).number() + 1;
            noteItems.add(new ActionNotes.Item(next, Tabling.ITEM_TITLE, goodPractice));
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
                        asCirculated(action.timescale(), action.due()), action.due(), names.of(action.owners()), action.status().storeName())));
            }
        }
        entries.sort(Comparator.comparingInt(Positioned::position));
        return entries.stream().map(Positioned::entry).toList();
    }

    /** "in 2 weeks (by 14 Dec 2026)": notes read months later keep the date the words stood for. */
    private static String asCirculated(String timescale, Optional<LocalDate> due) {
        return due.filter(day -> TIMESCALES.dependsOnTheDay(timescale))
                .map(day -> timescale + " (by " + BY_DAY.format(day) + ")").orElse(timescale);
    }

    /** "Sharing Good Practice", "Good practice examples": where the secretary recorded the tabled submissions' discussion. */
    private static boolean isAboutGoodPractice(AgendaItem item) {
        return item.title().toLowerCase(Locale.ROOT).contains("good practice");
    }

    private static Long itemOf(Action action) {
        return action.filing().map(MeetingLink.Filing::agendaItemId).orElse(null);
    }

    private static int positionOf(Action action) {
        return action.filing().map(MeetingLink.Filing::position).orElse(0);
    }
}
