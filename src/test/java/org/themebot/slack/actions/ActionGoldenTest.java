package org.themebot.slack.actions;

import static org.themebot.slack.BlockFixtures.A1;
import static org.themebot.slack.BlockFixtures.A2;
import static org.themebot.slack.BlockFixtures.A3;
import static org.themebot.slack.BlockFixtures.A4;
import static org.themebot.slack.BlockFixtures.A5;
import static org.themebot.slack.BlockFixtures.BALBIR;
import static org.themebot.slack.BlockFixtures.DEBBIE;
import static org.themebot.slack.BlockFixtures.GROUP;
import static org.themebot.slack.BlockFixtures.JUNE;
import static org.themebot.slack.BlockFixtures.MEETING;
import static org.themebot.slack.BlockFixtures.MEETING_DAY;
import static org.themebot.slack.BlockFixtures.NAMES;
import static org.themebot.slack.BlockFixtures.P1;
import static org.themebot.slack.BlockFixtures.P2;
import static org.themebot.slack.BlockFixtures.SUE;
import static org.themebot.slack.BlockFixtures.TODAY;
import static org.themebot.slack.BlockFixtures.changed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.themebot.actions.Action;
import org.themebot.actions.ActionEvent;
import org.themebot.actions.ActionList;
import org.themebot.actions.ActionService;
import org.themebot.actions.ActionStatus;
import org.themebot.actions.MeetingLink;
import org.themebot.meetings.AgendaItem;
import org.themebot.meetings.MeetingService;
import org.themebot.people.Who;
import org.themebot.slack.BlockFixtures;
import org.themebot.slack.Golden;

/** Every action message and the new-action form, as JSON, against src/test/resources/golden/actions/. */
class ActionGoldenTest {

    static final List<AgendaItem> AGENDA = List.of(new AgendaItem(31, MEETING.id(), 1, "Apologies", 1),
            new AgendaItem(32, MEETING.id(), 2, "Revised Terms of Reference for the E&CC Theme Group", 3));

    static ActionEvent event(ActionEvent.Kind kind, String detail, String actor, String at) {
        return new ActionEvent(A2.id(), kind, detail, actor, Instant.parse(at));
    }

    @TestFactory
    Stream<DynamicTest> messages() {
        List<Action> many = IntStream.rangeClosed(1, 45).mapToObj(n -> BlockFixtures.action(n, "Action number " + n,
                List.of(new Who.SlackUser(BALBIR)), "Dec 08", Optional.of(LocalDate.of(2008, 12, 31)), ActionStatus.OPEN))
                .toList();
        ActionService.Shown shown = new ActionService.Shown(GROUP, A2, List.of(
                event(ActionEvent.Kind.CREATED, "", DEBBIE, "2008-09-03T10:00:00Z"),
                event(ActionEvent.Kind.UPDATE, "First draft <shared> with Sue & June", BALBIR, "2008-09-20T15:00:00Z"),
                event(ActionEvent.Kind.REDATED, "Sept 08 → 22 Oct 08", SUE, "2008-09-24T09:00:00Z"),
                event(ActionEvent.Kind.REASSIGNED, "user:" + SUE + "\nname:Cllr Kevin <KF> Foster", DEBBIE,
                        "2008-09-25T09:00:00Z")),
                TODAY, Optional.of(new MeetingLink.Origin(MEETING_DAY, Optional.of("2. Revised Terms of Reference"))), Optional.empty());
        return Stream.of(
                Golden.message("actions/added", () -> ActionBlocks.added(changed(A1, ActionEvent.Kind.CREATED, ""), NAMES)),
                Golden.message("actions/added-without-owner-or-date",
                        () -> ActionBlocks.added(changed(A5, ActionEvent.Kind.CREATED, ""), NAMES)),
                Golden.message("actions/changed-done", () -> ActionBlocks.changed(
                        changed(A4, ActionEvent.Kind.DONE, "Booked <Room 3> & paid"), SUE, NAMES)),
                Golden.message("actions/changed-redated", () -> ActionBlocks.changed(
                        changed(A2, ActionEvent.Kind.REDATED, "Sept 08 → 22 Oct 08"), DEBBIE, NAMES)),
                Golden.message("actions/changed-reassigned", () -> ActionBlocks.changed(
                        changed(A1, ActionEvent.Kind.REASSIGNED, ""), JUNE, NAMES)),
                Golden.message("actions/changed-dropped", () -> ActionBlocks.changed(
                        changed(A5, ActionEvent.Kind.DROPPED, "The council\nwrote to us first"), SUE, NAMES)),
                Golden.message("actions/changed-update", () -> ActionBlocks.changed(
                        changed(A2, ActionEvent.Kind.UPDATE, "Draft with Sue"), BALBIR, NAMES)),
                Golden.message("actions/list", () -> ActionBlocks.list(new ActionList(GROUP, "Open actions",
                        Optional.empty(), List.of(A1, A2, A3, A5), TODAY), "", 0, NAMES)),
                Golden.message("actions/list-of-a-person", () -> ActionBlocks.list(new ActionList(GROUP,
                        "Open actions of", Optional.of(DEBBIE), List.of(A1), TODAY), "<@U0DEBBIE|debbie>", 0, NAMES)),
                Golden.message("actions/list-empty", () -> ActionBlocks.list(new ActionList(GROUP, "Overdue actions",
                        Optional.empty(), List.of(), TODAY), "overdue", 0, NAMES)),
                Golden.message("actions/list-second-of-three-pages", () -> ActionBlocks.list(new ActionList(GROUP,
                        "All actions", Optional.empty(), many, TODAY), "all", 1, NAMES)),
                Golden.message("actions/shown", () -> ActionBlocks.shown(shown, NAMES)),
                Golden.message("actions/shown-serving-the-plan", () -> ActionBlocks.shown(new ActionService.Shown(GROUP, A1,
                        List.of(new ActionEvent(A1.id(), ActionEvent.Kind.CREATED, "", DEBBIE,
                                Instant.parse("2008-09-03T10:00:00Z"))), TODAY, Optional.empty(), Optional.of(P1)), NAMES)));
    }

    @TestFactory
    Stream<DynamicTest> forms() {
        return Stream.of(
                Golden.view("actions/modal", () -> ActionModal.view("C0EQUALITIES~signature", "", Optional.empty(), List.of())),
                Golden.view("actions/modal-during-a-meeting", () -> ActionModal.view("C0EQUALITIES~signature",
                        "Debbie to circulate the E&CC minutes by Friday",
                        Optional.of(new MeetingService.OpenAgenda(MEETING, AGENDA, Optional.of(AGENDA.get(1)))), List.of())),
                Golden.view("actions/modal-with-plan-objectives", () -> ActionModal.view("C0EQUALITIES~signature", "",
                        Optional.empty(), List.of(P1, P2))));
    }
}
