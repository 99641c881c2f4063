package org.themebot.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.reminders.GroupOnAClock.CHAIR;
import static org.themebot.reminders.GroupOnAClock.SEC;
import static org.themebot.reminders.GroupOnAClock.SUE;
import static org.themebot.reminders.GroupOnAClock.london;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.themebot.TestClock;
import org.themebot.actions.Action;
import org.themebot.actions.ActionService;
import org.themebot.actions.AsCommands;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;
import org.themebot.commands.NotAllowed;

class DigestServiceTest {

    static final LocalDate NEXT_MEETING = LocalDate.of(2026, 6, 24);

    @TempDir
    Path dir;
    GroupOnAClock fixture;
    Jdbi jdbi;
    TestClock clock;
    AsCommands actions;
    DigestService digests;
    ScheduleAsCommands schedules;
    final List<Digest> delivered = new CopyOnWriteArrayList<>();
    final List<Optional<String>> keys = new CopyOnWriteArrayList<>();

    Invocation by(String userId) {
        return fixture.by(userId);
    }

    @BeforeEach
    void group() {
        fixture = new GroupOnAClock(dir);
        jdbi = fixture.jdbi;
        clock = fixture.clock;
        MeetingLink nextMeeting = (handle, groupId) -> Optional.of(NEXT_MEETING);
        actions = new AsCommands(new ActionService(jdbi, nextMeeting));
        digests = new DigestService(jdbi, nextMeeting, clock, (handle, digest, key) -> {
            delivered.add(digest);
            keys.add(key);
        });
        schedules = new ScheduleAsCommands(new ScheduleService(jdbi));
        schedules.digest(by(CHAIR), "monday 09:00");
    }

    @Test
    void aDigestTurnedOffIsNotSent() {
        schedules.digest(by(CHAIR), "off");
        clock.set(london("2026-06-08T09:30"));
        assertThat(digests.sweep()).isZero();
        assertThat(delivered).isEmpty();
    }

    @Test
    void aDigestSetAfterItsMomentThisWeekFirstGoesNextWeek() {
        // Set at noon on Monday 1 June: that morning's 09:00 is not sent late.
        clock.set(london("2026-06-01T12:01"));
        assertThat(digests.sweep()).isZero();
        clock.set(london("2026-06-08T08:59"));
        assertThat(digests.sweep()).isZero();
        clock.set(london("2026-06-08T09:00"));
        assertThat(digests.sweep()).isOne();
    }

    @Test
    void oneMissedWhileTheBotWasDownGoesOnceWhenItIsBack() {
        clock.set(london("2026-06-24T15:00")); // down from before Monday 8 June until Wednesday 24 June
        assertThat(digests.sweep()).as("only the latest week's").isOne();
        assertThat(keys).containsExactly(Optional.of("digest:1:2026-W26"));
        assertThat(digests.sweep()).isZero();
    }

    static List<String> refs(List<Action> actions) {
        return actions.stream().map(Action::ref).toList();
    }

    @Test
    void sortsOpenActionsIntoOverdueDueSoonAndTheRestAndListsWhatWasCompleted() {
        actions.add(by(SEC), "Due soon | <@USUE|sue> | 12 June 2026");        // A1
        actions.add(by(SEC), "Long overdue | Cllr Kevin Foster | 1 May 2026"); // A2
        actions.add(by(SEC), "Just overdue | ALL | 5 June 2026");              // A3
        actions.add(by(SEC), "No date | <@USUE|sue> | ongoing");               // A4
        actions.add(by(SEC), "Later | <@USUE|sue> | 1 Sept 2026");             // A5
        actions.add(by(SEC), "Finished | <@USUE|sue> | 3 June 2026");          // A6
        clock.set(london("2026-06-08T09:00"));
        actions.done(by(SUE), "A6");

        clock.set(london("2026-06-08T09:30"));
        assertThat(digests.sweep()).isOne();

        Digest d = delivered.get(0);
        assertThat(refs(d.overdue())).as("oldest first").containsExactly("A2", "A3");
        assertThat(refs(d.dueSoon())).containsExactly("A1");
        assertThat(refs(d.otherOpen())).containsExactly("A4", "A5");
        assertThat(refs(d.completed())).containsExactly("A6");
        assertThat(d.nextMeeting()).contains(NEXT_MEETING);
        assertThat(d.today()).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(keys.get(0)).contains("digest:1:2026-W24");
    }

    @Test
    void aWeeksDigestIsSentOnceAndTheNextOneReportsOnlyWhatWasCompletedSince() {
        actions.add(by(SEC), "First | <@USUE|sue> | 30 June 2026");
        actions.add(by(SEC), "Second | <@USUE|sue> | 30 June 2026");
        clock.set(london("2026-06-02T10:00"));
        actions.done(by(SUE), "A1");
        clock.set(london("2026-06-08T09:00"));
        assertThat(digests.sweep()).isOne();
        assertThat(digests.sweep()).as("swept again").isZero();
        clock.set(london("2026-06-10T12:00"));
        assertThat(digests.sweep()).as("same ISO week").isZero();
        assertThat(delivered).hasSize(1);
        assertThat(refs(delivered.get(0).completed())).containsExactly("A1");

        clock.set(london("2026-06-12T10:00"));
        actions.done(by(SUE), "A2");
        clock.set(london("2026-06-15T09:00"));
        assertThat(digests.sweep()).isOne();
        assertThat(refs(delivered.get(1).completed())).containsExactly("A2");
    }

    @Test
    void digestNowIsForOfficersAndDoesNotMoveTheWeeklySince() {
        actions.add(by(SEC), "First | <@USUE|sue> | 30 June 2026");
        clock.set(london("2026-06-02T10:00"));
        actions.done(by(SUE), "A1");
        assertThatThrownBy(() -> digests.sendNow(by(SUE))).isInstanceOf(NotAllowed.class);
        assertThat(delivered).isEmpty();

        Digest now = digests.sendNow(by(SEC));
        assertThat(keys.get(0)).isEmpty();
        assertThat(refs(now.completed())).containsExactly("A1");
        clock.set(london("2026-06-08T09:00"));
        digests.sweep();
        assertThat(refs(delivered.get(1).completed())).as("still since the last weekly digest").containsExactly("A1");
    }

    @Test
    void aGroupWithNothingGetsAnEmptyDigest() {
        clock.set(london("2026-06-08T09:00"));
        digests.sweep();
        assertThat(delivered.get(0).isEmpty()).isTrue();
    }

    @Test
    void isoWeeksCrossTheYearAsTheCalendarSays() {
        assertThat(DigestService.isoWeek(LocalDate.of(2026, 12, 31))).isEqualTo("2026-W53");
        assertThat(DigestService.isoWeek(LocalDate.of(2027, 1, 4))).isEqualTo("2027-W01");
    }
}
