package org.themebot.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.themebot.export.NotesText.TableRow;
import org.themebot.export.NotesText.TableRow.Kind;

class NotesTextTest {

    @Test
    void namesReadAsASentenceWithoutSerialComma() {
        assertThat(NotesText.names(List.of())).isEqualTo("none");
        assertThat(NotesText.names(List.of("Sue Bent"))).isEqualTo("Sue Bent");
        assertThat(NotesText.names(List.of("Sue Bent", "June Jeffrey"))).isEqualTo("Sue Bent and June Jeffrey");
        assertThat(NotesText.names(List.of("Sue Bent", "June Jeffrey", "Andrew Harrison")))
                .isEqualTo("Sue Bent, June Jeffrey and Andrew Harrison");
    }

    @ParameterizedTest
    @CsvSource({
            "2008-09-01, Monday 1st September 2008",
            "2008-09-02, Tuesday 2nd September 2008",
            "2008-09-03, Wednesday 3rd September 2008",
            "2008-09-04, Thursday 4th September 2008",
            "2008-09-11, Thursday 11th September 2008",
            "2008-09-12, Friday 12th September 2008",
            "2008-09-13, Saturday 13th September 2008",
            "2008-09-21, Sunday 21st September 2008",
            "2008-09-22, Monday 22nd September 2008",
            "2008-09-23, Tuesday 23rd September 2008",
            "2008-10-31, Friday 31st October 2008",
    })
    void longDateHasWeekdayAndOrdinal(LocalDate date, String expected) {
        assertThat(NotesText.longDate(date)).isEqualTo(expected);
    }

    @Test
    void plainDateForTheNextMeeting() {
        assertThat(NotesText.date(LocalDate.of(2008, 10, 22))).isEqualTo("22 October 2008");
        assertThat(NotesText.date(LocalDate.of(2009, 1, 7))).isEqualTo("7 January 2009");
    }

    @Test
    void titleAndHeldOn() {
        ActionNotes notes = MeetingFixtures.september2008();
        assertThat(notes.title()).isEqualTo("Action Notes of the Equalities and Communities Theme Group");
        assertThat(notes.heldOn()).isEqualTo("Held on Wednesday 3rd September 2008");
    }

    @Test
    void draftTitleWhileTheMeetingIsOpen() {
        ActionNotes open = withDraft(MeetingFixtures.september2008());
        assertThat(open.title()).isEqualTo("Action Notes of the Equalities and Communities Theme Group (draft)");
    }

    @Test
    void dateOfNextMeetingIsNumberedAfterTheLastItem() {
        assertThat(MeetingFixtures.september2008().nextMeetingHeading()).isEqualTo("5. Date of Next Meeting: 22 October 2008");
        assertThat(MeetingFixtures.oneItem().nextMeetingHeading()).isEqualTo("2. Date of Next Meeting: to be arranged");
        ActionNotes noItems = new ActionNotes("G", LocalDate.of(2008, 9, 3), false, List.of(), List.of(), List.of(), List.of(),
                Optional.empty());
        assertThat(noItems.nextMeetingHeading()).isEqualTo("1. Date of Next Meeting: to be arranged");
    }

    @Test
    void tableRowsInReadingOrder() {
        ActionNotes base = MeetingFixtures.oneItem(MeetingFixtures.note("Minutes agreed"),
                MeetingFixtures.action("A1", "Circulate the minutes", "Sept 08", null, "Debbie Briggs", "ALL"));
        ActionNotes notes = new ActionNotes(base.groupName(), base.meetingDate(), false, base.present(), base.apologies(),
                List.of(MeetingFixtures.note("Welcome and introductions")), base.items(), base.nextMeeting());

        assertThat(NotesText.table(notes)).containsExactly(
                new TableRow(Kind.NOTE, "Welcome and introductions", "", ""),
                new TableRow(Kind.HEADING, "1. Matters arising", "", ""),
                new TableRow(Kind.NOTE, "Minutes agreed", "", ""),
                new TableRow(Kind.ACTION, "Circulate the minutes", "Sept 08", "Debbie Briggs / ALL"),
                new TableRow(Kind.HEADING, "2. Date of Next Meeting: to be arranged", "", ""));
    }

    private static ActionNotes withDraft(ActionNotes notes) {
        return new ActionNotes(notes.groupName(), notes.meetingDate(), true, notes.present(), notes.apologies(), notes.opening(),
                notes.items(), notes.nextMeeting());
    }
}
