package org.themebot.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.themebot.Cast.BALBIR;
import static org.themebot.Cast.DEBBIE;
import static org.themebot.Cast.JUNE;
import static org.themebot.Cast.SUE;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.Cast;
import org.themebot.actions.Action;
import org.themebot.actions.ActionEvent;
import org.themebot.actions.ActionRef;
import org.themebot.actions.ActionService;
import org.themebot.actions.AsCommands;
import org.themebot.commands.CommandError;
import org.themebot.commands.NotAllowed;
import org.themebot.goodpractice.TabledGoodPractice;
import org.themebot.people.Who;

/**
 * The meeting service on a stopped clock: a meeting's day is the group's day (London), the
 * actions open when it starts are its matters arising, only officers run it, the next meeting's
 * date re-dates "next meeting" actions through the action service (with history), and what is
 * refused changes nothing.
 */
class MeetingServiceTest {

    /** Wednesday 10 June 2026, 23:30 in UTC: already Thursday 11 June in London. */
    static final Instant LATE_WEDNESDAY = Instant.parse("2026-06-10T23:30:00Z");

    Cast cast;
    AsCommands actions;
    MeetingService meetings;

    @BeforeEach
    void theCast(@TempDir Path dir) {
        cast = Cast.inNewDatabase(dir, LATE_WEDNESDAY);
        actions = cast.actions();
        meetings = new MeetingService(cast.jdbi(), new TabledGoodPractice(), actions.service());
    }

    int meetingCount() {
        return cast.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM meeting").mapTo(Integer.class).one());
    }

    @Test
    void aMeetingWithNoDateIsOnTheGroupsTodayAndItsMattersArisingAreTheOpenActions() {
        actions.add(cast.as(DEBBIE), "Send the toolkit | <@" + BALBIR + "> | Sept 08");
        actions.add(cast.as(DEBBIE), "Book the room | <@" + SUE + "> | next meeting");
        actions.done(cast.as(SUE), "A2");

        MeetingService.Started started = meetings.start(cast.as(DEBBIE), "", "Quarterly");

        assertThat(started.today()).as("London's day, not UTC's").isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(started.meeting().date()).isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(started.meeting().ref()).isEqualTo("M1");
        assertThat(started.mattersArising()).extracting(Action::ref).containsExactly("A1");
    }

    @Test
    void aTypedDateIsReadFromTheGroupsToday() {
        MeetingService.Started started = meetings.start(cast.as(SUE), "next Wednesday", "");

        assertThat(started.meeting().date()).isEqualTo(LocalDate.of(2026, 6, 17));
    }

    @Test
    void aSecondMeetingCannotStartWhileOneIsOpen() {
        meetings.start(cast.as(DEBBIE), "", "");

        CommandError refused = catchThrowableOfType(() -> meetings.start(cast.as(DEBBIE), "", ""), CommandError.class);

        assertThat(refused).hasMessageContaining("M1").hasMessageContaining("/meeting end");
        assertThat(meetingCount()).isEqualTo(1);
    }

    @Test
    void onlyTheGroupsOfficersStartEndOrDateTheNextMeetingAndTheyAreNamed() {
        NotAllowed start = catchThrowableOfType(() -> meetings.start(cast.as(JUNE), "", ""), NotAllowed.class);
        meetings.start(cast.as(DEBBIE), "", "");
        NotAllowed next = catchThrowableOfType(() -> meetings.next(cast.as(JUNE), "1 July 2026"), NotAllowed.class);
        NotAllowed end = catchThrowableOfType(() -> meetings.end(cast.as(BALBIR)), NotAllowed.class);

        assertThat(List.of(start, next, end)).allSatisfy(refusal ->
                assertThat(refusal.allowedUserIds()).containsExactlyInAnyOrder(SUE, DEBBIE));
        assertThat(meetingCount()).isEqualTo(1);
        assertThat(meetings.openAgenda(cast.group().id())).as("still open").isPresent();
    }

    @Test
    void theNextMeetingsDateRedatesOpenNextMeetingActionsThroughTheActionServiceWithHistory() {
        actions.add(cast.as(DEBBIE), "Book the room | <@" + SUE + "> | next meeting");
        actions.add(cast.as(DEBBIE), "Send the toolkit | <@" + BALBIR + "> | Sept 26");
        actions.add(cast.as(DEBBIE), "Confirm the minutes | <@" + SUE + "> | next meeting");
        actions.done(cast.as(SUE), "A3");
        meetings.start(cast.as(DEBBIE), "", "");

        MeetingService.NextSet set = meetings.next(cast.as(DEBBIE), "22 July 2026");

        assertThat(set.next()).isEqualTo(LocalDate.of(2026, 7, 22));
        assertThat(set.actionsRedated()).as("only the open next-meeting action").isEqualTo(1);
        ActionService.Shown room = actions.service().show(cast.as(SUE), ActionRef.number(1));
        assertThat(room.action().due()).contains(LocalDate.of(2026, 7, 22));
        assertThat(room.history()).extracting(ActionEvent::kind).contains(ActionEvent.Kind.REDATED);
        assertThat(actions.service().show(cast.as(SUE), ActionRef.number(2)).action().due())
                .contains(LocalDate.of(2026, 9, 30));
    }

    @Test
    void aNextMeetingBeforeThisOneIsRefusedAndChangesNothing() {
        meetings.start(cast.as(DEBBIE), "", "");

        CommandError refused = catchThrowableOfType(() -> meetings.next(cast.as(DEBBIE), "1 June 2026"),
                CommandError.class);

        assertThat(refused).hasMessageContaining("cannot be before this one");
        assertThat(meetings.openAgenda(cast.group().id()).orElseThrow().meeting().nextMeeting()).isEmpty();
    }

    @Test
    void eachPersonIsOnTheAttendanceListOnce() {
        meetings.start(cast.as(DEBBIE), "", "");
        meetings.attend(cast.as(DEBBIE), Attendance.PRESENT,
                List.of(new Who.SlackUser(SUE), new Who.Named("Cllr Kevin Foster")));

        MeetingService.AttendanceChanged again = meetings.attend(cast.as(DEBBIE), Attendance.PRESENT,
                List.of(new Who.SlackUser(SUE), new Who.SlackUser(BALBIR)));

        assertThat(again.added()).containsExactly(new Who.SlackUser(BALBIR));
        assertThat(again.all()).hasSize(3);
    }

    @Test
    void notesFallUnderTheCurrentItemAndTheEndListsItsItemsAndTheActionsAgreed() {
        actions.add(cast.as(DEBBIE), "Arising from before | <@" + SUE + "> | Sept 26");
        meetings.start(cast.as(DEBBIE), "", "");
        MeetingService.NoteAdded beforeAnyItem = meetings.note(cast.as(DEBBIE), "Welcome and apologies.");
        meetings.item(cast.as(DEBBIE), "Revised Terms of Reference");
        MeetingService.NoteAdded underItem = meetings.note(cast.as(DEBBIE), "Circulated with the papers.");
        actions.add(cast.as(DEBBIE), "Redraft the terms | <@" + SUE + "> | Oct 26");

        MeetingService.Ended ended = meetings.end(cast.as(SUE));

        assertThat(beforeAnyItem.item()).isEmpty();
        assertThat(underItem.item()).map(AgendaItem::title).contains("Revised Terms of Reference");
        assertThat(ended.meeting().open()).isFalse();
        assertThat(ended.items()).extracting(AgendaItem::title).containsExactly("Revised Terms of Reference");
        assertThat(ended.actions()).extracting(Action::ref).containsExactly("A2");
        assertThat(meetings.openAgenda(cast.group().id())).isEmpty();
        assertThat(meetings.list(cast.as(JUNE)).meetings()).as("a member may list them").hasSize(1);
    }
}
