package org.themebot.export;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.themebot.export.ActionNotes.ActionRow;
import org.themebot.export.ActionNotes.Entry;
import org.themebot.export.ActionNotes.Item;
import org.themebot.export.ActionNotes.Note;

/**
 * The Equalities and Communities Theme Group meeting of Wednesday 3 September 2008, as the
 * acceptance script (shared/acceptance/meeting_replay.py) replays it, plus small variations.
 */
final class MeetingFixtures {

    static final String GROUP = "Equalities and Communities Theme Group";
    static final LocalDate MEETING_DATE = LocalDate.of(2008, 9, 3);

    static final List<String> PRESENT = List.of("Sue Bent", "June Jeffrey", "Alison Porter", "Balbir Sohal", "Sally Giles",
            "Cllr Kevin Foster", "Chaman Verma", "Dawn Ford", "Supt Jim Titley", "Debbie Briggs", "Andrew Harrison");
    static final List<String> APOLOGIES = List.of("June Morley", "John Brady", "Caron Grainger", "Jenni Venn",
            "Bridget Mauldrige", "Bill Hall", "Janita Wesson", "Teresa Staniewicz", "Janice Nichols", "Charley Gibbons",
            "Jody Gordon", "Richard Tomlins", "Alison Quigley");

    private MeetingFixtures() {}

    static ActionNotes september2008() {
        return new ActionNotes(GROUP, MEETING_DATE, false, PRESENT, APOLOGIES, List.of(), List.of(
                item(1, "New Coventry Partnership Development Manager",
                        note("Sue welcomed Dawn Ford to the meeting. Dawn is the new Coventry Partnership Development Manager.")),
                item(2, "Revised Terms of Reference for the E&CC Theme Group",
                        note("Proposed new ToRs were circulated with the papers for this meeting."),
                        action("A1", "Forward the Home Office Toolkit to Debbie for circulation to the group",
                                "Sept 08", LocalDate.of(2008, 9, 30), "Balbir Sohal", "Debbie Briggs"),
                        action("A2", "Sue and Debbie to get together and make the suggested changes to the ToRs",
                                "22 Oct 08", LocalDate.of(2008, 10, 22), "Sue Bent", "Debbie Briggs")),
                item(3, "Making Coventry a More Equal and Cohesive City – Progress Update",
                        note("Andrew Harrison circulated a paper outlining his thoughts so far on the good practice guide."),
                        action("A3", "Look for some examples of more managerial aspects in CLYP",
                                "Sept/Oct 08", LocalDate.of(2008, 10, 31), "Sally Giles"),
                        action("A4", "Set up a sub group meeting to move this forward involving Sue, Jenni, Sally, June and Andrew",
                                "Sept/Oct 08", LocalDate.of(2008, 10, 31), "Debbie Briggs"),
                        action("A5", "Bring the draft guidance to the next meeting on 22 October 2008",
                                "22 Oct 08", LocalDate.of(2008, 10, 22), "Andrew Harrison")),
                item(4, "Sharing Good Practice",
                        note("Good practice examples will be put on the agenda for the next meeting."),
                        action("A6", "Let Debbie know of any good practice examples so they can be put on the agenda for the next meeting",
                                "8 Oct 08", LocalDate.of(2008, 10, 8), "ALL"))),
                Optional.of(LocalDate.of(2008, 10, 22)));
    }

    /** A one-item meeting holding just the given entries, for escaping and edge-case tests. */
    static ActionNotes oneItem(Entry... entries) {
        return new ActionNotes(GROUP, MEETING_DATE, false, List.of("Sue Bent"), List.of(), List.of(),
                List.of(item(1, "Matters arising", entries)), Optional.empty());
    }

    static Item item(int number, String title, Entry... entries) {
        return new Item(number, title, List.of(entries));
    }

    static Note note(String text) {
        return new Note(text);
    }

    static ActionRow action(String ref, String text, String timescale, LocalDate due, String... owners) {
        return new ActionRow(ref, text, timescale, Optional.ofNullable(due), List.of(owners), "open");
    }
}
