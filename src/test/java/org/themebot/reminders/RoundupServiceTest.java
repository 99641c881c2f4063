package org.themebot.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.reminders.GroupOnAClock.DEB;
import static org.themebot.reminders.GroupOnAClock.SEC;
import static org.themebot.reminders.GroupOnAClock.SUE;
import static org.themebot.reminders.GroupOnAClock.london;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jdbi.v3.core.Handle;
import org.themebot.TestClock;
import org.themebot.actions.Action;
import org.themebot.actions.ActionService;
import org.themebot.actions.AsCommands;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;

class RoundupServiceTest {

    static final LocalDate MEETING = LocalDate.of(2026, 6, 24);

    @TempDir
    Path dir;
    GroupOnAClock fixture;
    Jdbi jdbi;
    TestClock clock;
    AsCommands actions;
    RoundupService roundups;
    final AtomicReference<Optional<LocalDate>> nextMeeting = new AtomicReference<>(Optional.of(MEETING));
    final List<RoundupService.OwnerRoundup> sentRoundups = new CopyOnWriteArrayList<>();
    final List<RoundupService.Rollup> sentRollups = new CopyOnWriteArrayList<>();

    Invocation by(String userId) {
        return fixture.by(userId);
    }

    @BeforeEach
    void group() {
        fixture = new GroupOnAClock(dir);
        jdbi = fixture.jdbi;
        clock = fixture.clock;
        MeetingLink meetings = (handle, groupId) -> nextMeeting.get();
        actions = new AsCommands(new ActionService(jdbi, meetings, ScheduleService::actsFor));
        ScheduleAsCommands schedules = new ScheduleAsCommands(new ScheduleService(jdbi));
        schedules.proxy(by(SEC), "Cllr Kevin Foster <@USEC|sec>");
        roundups = new RoundupService(jdbi, meetings, actions.service(), clock, new RoundupService.Delivery() {
            @Override
            public void roundup(Handle handle, RoundupService.OwnerRoundup roundup, String key) {
                sentRoundups.add(roundup);
            }

            @Override
            public void rollup(Handle handle, RoundupService.Rollup rollup, String key) {
                sentRollups.add(rollup);
            }
        });
        actions.add(by(SEC), "Draft the scheme | <@USUE|sue>, <@UDEB|deb> | July 2026");  // A1
        actions.add(by(SEC), "Book the hall | <@USUE|sue> | next meeting");              // A2
        actions.add(by(SEC), "Send examples | ALL | ongoing");                            // A3
        actions.add(by(SEC), "Contact the council | Cllr Kevin Foster | Sept 2026");      // A4
        actions.add(by(SEC), "Old news | <@USUE|sue> | May 2026");                         // A5
        actions.done(by(SUE), "A5");
    }

    static List<String> items(RoundupService.OwnerRoundup roundup) {
        return roundup.items().stream().map(i -> i.action().ref() + i.onBehalfOf().map(n -> " for " + n).orElse("")
                + i.answer().map(a -> " " + a.storeName()).orElse("")).toList();
    }

    @Test
    void eachOwnerGetsOneRoundupOfTheirOpenActionsNDaysBeforeTheMeeting() {
        clock.set(london("2026-06-21T08:59"));
        assertThat(roundups.sweep()).isZero();
        clock.set(london("2026-06-21T09:00"));
        assertThat(roundups.sweep()).isEqualTo(1);
        assertThat(roundups.sweep()).as("once per meeting").isZero();

        assertThat(sentRoundups).extracting(RoundupService.OwnerRoundup::userId).containsExactly(SUE, DEB, SEC);
        assertThat(items(sentRoundups.get(0))).containsExactly("A1", "A2");
        assertThat(items(sentRoundups.get(1))).containsExactly("A1");
        assertThat(items(sentRoundups.get(2))).containsExactly("A4 for Cllr Kevin Foster");
        assertThat(sentRollups).as("the roll-up comes the day before").isEmpty();
    }

    @Test
    void answersGoIntoTheHistoryAndTheRollupAndMattersArising() {
        clock.set(london("2026-06-21T09:00"));
        roundups.sweep();
        long a1 = actionId(1);
        long a2 = actionId(2);

        RoundupService.Answered progress = roundups.answer(by(SUE), a2, MEETING, RoundupAnswer.IN_PROGRESS);
        assertThat(items(progress.roundup())).containsExactly("A1", "A2 in_progress");
        assertThat(history(2)).contains("update: round-up before the meeting on Wed 24 Jun 2026: in progress");

        RoundupService.Answered done = roundups.answer(by(DEB), a1, MEETING, RoundupAnswer.DONE);
        assertThat(done.change().action().isOpen()).isFalse();
        assertThat(history(1)).contains("done: round-up before the meeting on Wed 24 Jun 2026");

        assertThatThrownBy(() -> roundups.answer(by("UJUNE"), a2, MEETING, RoundupAnswer.BLOCKED))
                .isInstanceOf(NotAllowed.class);

        clock.set(london("2026-06-23T09:00"));
        assertThat(roundups.sweep()).isEqualTo(1);
        RoundupService.Rollup rollup = sentRollups.get(0);
        assertThat(rollup.actions()).extracting(Action::ref).containsExactly("A1", "A2", "A3", "A4");
        assertThat(rollup.answers()).isEqualTo(Map.of(a1, RoundupAnswer.DONE, a2, RoundupAnswer.IN_PROGRESS));
        assertThat(roundups.answersBefore(1, MEETING)).isEqualTo(rollup.answers());
        assertThat(roundups.answersBefore(1, MEETING.plusDays(60))).as("too old to be that meeting's").isEmpty();
    }

    @Test
    void noRoundupWithoutANextMeetingOnTheMeetingDayOrWhenTurnedOff() {
        nextMeeting.set(Optional.empty());
        clock.set(london("2026-06-21T09:00"));
        assertThat(roundups.sweep()).isZero();

        nextMeeting.set(Optional.of(LocalDate.of(2026, 6, 21)));
        assertThat(roundups.sweep()).as("the meeting is today").isZero();

        nextMeeting.set(Optional.of(MEETING));
        new ScheduleAsCommands(new ScheduleService(jdbi)).roundup(by(SEC), "off");
        assertThat(roundups.sweep()).isZero();
        assertThat(sentRoundups).isEmpty();
    }

    @Test
    void aMeetingSetInsideTheWindowGetsItsRoundupAtOnce() {
        clock.set(london("2026-06-22T15:00")); // two days before; the round-up time has passed
        assertThat(roundups.sweep()).isEqualTo(1);
        assertThat(sentRoundups).isNotEmpty();
    }

    private long actionId(int number) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM action WHERE number = :n").bind("n", number)
                .mapTo(Long.class).one());
    }

    private List<String> history(int number) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT e.kind || ': ' || e.detail FROM action_event e JOIN action a ON a.id = e.action_id
                        WHERE a.number = :n ORDER BY e.id""").bind("n", number).mapTo(String.class).list());
    }
}
