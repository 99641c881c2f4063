package org.themebot.slack.meetings;

import static org.themebot.slack.BlockFixtures.A1;
import static org.themebot.slack.BlockFixtures.A2;
import static org.themebot.slack.BlockFixtures.A3;
import static org.themebot.slack.BlockFixtures.A4;
import static org.themebot.slack.BlockFixtures.BALBIR;
import static org.themebot.slack.BlockFixtures.GROUP;
import static org.themebot.slack.BlockFixtures.MEETING;
import static org.themebot.slack.BlockFixtures.NAMES;
import static org.themebot.slack.BlockFixtures.P1;
import static org.themebot.slack.BlockFixtures.P2;
import static org.themebot.slack.BlockFixtures.SUE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.themebot.meetings.AgendaItem;
import org.themebot.meetings.Attendance;
import org.themebot.meetings.Meeting;
import org.themebot.meetings.MeetingService;
import org.themebot.meetings.Tabling;
import org.themebot.people.Who;
import org.themebot.reminders.RoundupAnswer;
import org.themebot.slack.Golden;

/** Every meeting message, as JSON, against src/test/resources/golden/meetings/. */
class MeetingGoldenTest {

    /** The next sitting, open: M2 on 22 October 2008. */
    static final Meeting M2 = new Meeting(8, GROUP.id(), 2, LocalDate.of(2008, 10, 22), "", true, Optional.empty(),
            Instant.parse("2008-10-22T09:00:00Z"));
    static final AgendaItem ITEM = new AgendaItem(32, MEETING.id(), 2,
            "Revised Terms of Reference for the E&CC <Theme> Group", 3);

    @TestFactory
    Stream<DynamicTest> messages() {
        List<Tabling.Tabled> tabled = List.of(
                new Tabling.Tabled("G1", "Hate crime reporting in schools\nA toolkit <for teachers>",
                        new Who.SlackUser(BALBIR), "tabled"),
                new Tabling.Tabled("G2", "Interpreters at surgeries", new Who.Named("Cllr Kevin Foster"), "tabled"));
        return Stream.of(
                Golden.message("meetings/started", () -> MeetingBlocks.started(new MeetingService.Started(GROUP, M2,
                        List.of(A1, A2, A3), M2.date(), tabled, List.of()), Map.of(A1.id(), RoundupAnswer.BLOCKED,
                        A2.id(), RoundupAnswer.IN_PROGRESS), NAMES)),
                Golden.message("meetings/started-with-plan-review", () -> MeetingBlocks.started(
                        new MeetingService.Started(GROUP, M2, List.of(A1), M2.date(), List.of(), List.of(P1, P2)),
                        Map.of(), NAMES)),
                Golden.message("meetings/started-with-nothing-arising", () -> MeetingBlocks.started(
                        new MeetingService.Started(GROUP, MEETING, List.of(), MEETING.date(), List.of(), List.of()), Map.of(), NAMES)),
                Golden.message("meetings/attendance", () -> MeetingBlocks.attendance(new MeetingService.AttendanceChanged(
                        GROUP, M2, Attendance.PRESENT, List.of(new Who.SlackUser(BALBIR)), List.of(new Who.SlackUser(SUE),
                        new Who.Named("June <Jeffrey>"), new Who.SlackUser(BALBIR))), NAMES)),
                Golden.message("meetings/apologies-nobody-new", () -> MeetingBlocks.attendance(
                        new MeetingService.AttendanceChanged(GROUP, M2, Attendance.APOLOGIES, List.of(),
                                List.of(new Who.Named("John Brady"))), NAMES)),
                Golden.message("meetings/item", () -> MeetingBlocks.item(new MeetingService.ItemAdded(GROUP, M2, ITEM))),
                Golden.message("meetings/noted", () -> MeetingBlocks.noted(new MeetingService.NoteAdded(M2,
                        Optional.of(ITEM)))),
                Golden.message("meetings/noted-before-the-first-item", () -> MeetingBlocks.noted(
                        new MeetingService.NoteAdded(M2, Optional.empty()))),
                Golden.message("meetings/next", () -> MeetingBlocks.next(new MeetingService.NextSet(GROUP, MEETING,
                        LocalDate.of(2008, 10, 22), 2))),
                Golden.message("meetings/next-with-nothing-redated", () -> MeetingBlocks.next(
                        new MeetingService.NextSet(GROUP, MEETING, LocalDate.of(2008, 10, 22), 0))),
                Golden.message("meetings/ended", () -> MeetingBlocks.ended(new MeetingService.Ended(GROUP, MEETING,
                        List.of(new AgendaItem(31, MEETING.id(), 1, "Apologies", 1), ITEM), List.of(A1, A2, A4)), NAMES)),
                Golden.message("meetings/ended-with-nothing-agreed", () -> MeetingBlocks.ended(
                        new MeetingService.Ended(GROUP, M2, List.of(), List.of()), NAMES)),
                Golden.message("meetings/list", () -> MeetingBlocks.list(new MeetingService.Listed(GROUP,
                        List.of(M2, MEETING)))),
                Golden.message("meetings/list-empty", () -> MeetingBlocks.list(new MeetingService.Listed(GROUP,
                        List.of()))));
    }
}
