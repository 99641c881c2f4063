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

    private static final String[] PEOPLE = {"Sue Bent", "June Jeffrey", "Balbir Sohal", "Debbie Briggs", "Andrew Harrison",
        "Cllr Kevin Foster", "Supt Jim Titley", "Chaman Verma", "Zoë Ng", "Oluwaseun Adébáyọ̀", "ALL"};
    private static final String[] TIMESCALES = {"Sept 08", "22 Oct 08", "Sept/Oct 08", "April 2008 – March 2010", "ongoing",
        "Q3 2009", "2008/09", "next meeting", "tbc", "Autumn 2008"};
    private static final String[] TOPICS = {"Hate crime reporting in schools — 多様性 🌍", "Equality impact assessments of the LAA indicators",
        "Community cohesion guidance for service deliverers", "Welcome pack for new arrivals (Polish, Somali, 中文)",
        "Gypsy/Traveller site provision", "Older people's forum & the Age Concern review", "Disability access audit of the Council House",
        "Faith groups' contribution to the SCS", "Young people's participation — Youth Parliament", "Data on sexual orientation and gender identity",
        "Grants scheme: equality monitoring", "Sharing Good Practice"};

    /**
     * A long meeting to look at in every format: 12 items, 150 actions (some with several lines and
     * owners), notes of several paragraphs, and text in other scripts and emoji.
     */
    static ActionNotes long150() {
        List<Item> items = new java.util.ArrayList<>();
        int ref = 1;
        for (int i = 0; i < TOPICS.length; i++) {
            List<Entry> entries = new java.util.ArrayList<>();
            entries.add(note("Discussion of " + TOPICS[i] + ". Sue said that the group had received the paper in advance and "
                    + "thanked everyone for their comments.\nDebbie said that the deadline for responses is the end of the month; "
                    + "Balbir asked that the Somali and Urdu translations (اردو) be checked before circulation.\n\n"
                    + "It was agreed to take the recommendations in turn."));
            int actions = i < 6 ? 13 : 12;
            for (int a = 0; a < actions; a++) {
                String owner = PEOPLE[(i + a) % PEOPLE.length];
                String second = PEOPLE[(i + 2 * a + 3) % PEOPLE.length];
                String text = switch (a % 5) {
                    case 0 -> "Circulate the draft on " + TOPICS[i].toLowerCase(java.util.Locale.UK) + " to members";
                    case 1 -> "Report back on progress at the next meeting, including the figures for Q" + (1 + a % 4);
                    case 2 -> "Meet the lead officer and agree the timetable\nthen write to the Partnership Board\nand copy the Theme Group";
                    case 3 -> "Check the translation into 日本語 and 한국어 with the community groups ✅";
                    default -> "Ask \"Cllr Foster\" to raise it at Cabinet: R&D budget, 50% match funding & the <2010> target";
                };
                String[] owners = a % 3 == 0 && !owner.equals(second) ? new String[] {owner, second} : new String[] {owner};
                entries.add(action("A" + ref, text, TIMESCALES[(ref - 1) % TIMESCALES.length], MEETING_DATE.plusDays(ref), owners));
                ref++;
                if (a == 6) {
                    entries.add(note("June noted that the figures in table 3 needed checking."));
                }
            }
            items.add(new Item(i + 1, TOPICS[i], entries));
        }
        return new ActionNotes(GROUP, MEETING_DATE, false, PRESENT, APOLOGIES,
                List.of(note("Sue Bent welcomed everyone to the meeting and round table introductions took place.")), items,
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
