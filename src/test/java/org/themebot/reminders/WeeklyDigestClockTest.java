package org.themebot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.themebot.TestClock;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupService;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.store.TestDatabase;

/**
 * The weekly digest across the clock changes: what /themegroup show announces is the moment the
 * sweep sends it, in the spring gap (a time that does not exist moves on by the gap: 01:30 →
 * 02:30) and in the autumn overlap (a time that happens twice is the first of the two).
 */
class WeeklyDigestClockTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} {1} from {2}: sent at {3}")
    @CsvSource({
            // London springs forward at 01:00 GMT on Sunday 29 March 2026: 01:30 is 02:30 BST that day.
            "Europe/London,    sunday 01:30,  2026-03-23T12:00:00Z, 2026-03-29T01:30:00Z",
            // and falls back at 02:00 BST on Sunday 25 October: 01:30 happens at 00:30 and 01:30 UTC.
            "Europe/London,    sunday 01:30,  2026-10-19T12:00:00Z, 2026-10-25T00:30:00Z",
            "Europe/London,    monday 09:00,  2026-03-28T12:00:00Z, 2026-03-30T08:00:00Z",
            "Europe/London,    monday 09:00,  2026-10-24T12:00:00Z, 2026-10-26T09:00:00Z",
            // New York springs forward at 02:00 EST on Sunday 8 March 2026: 02:30 is 03:30 EDT.
            "America/New_York, sunday 02:30,  2026-03-02T12:00:00Z, 2026-03-08T07:30:00Z",
            "America/New_York, sunday 01:30,  2026-10-26T12:00:00Z, 2026-11-01T05:30:00Z",
            "Australia/Sydney, sunday 02:30,  2026-09-28T12:00:00Z, 2026-10-03T16:30:00Z",
    })
    void whatShowAnnouncesIsWhenTheSweepSendsIt(String zone, String setting, Instant setAt, Instant expected) {
        TestClock clock = new TestClock(setAt);
        var jdbi = TestDatabase.sqlite(dir).jdbi();
        Invocation chair = new Invocation("T1", "C1", "equalities", "UCHAIR", setAt);
        new GroupService(jdbi, ZoneId.of(zone)).setup(chair, GroupCommands.setupRequest("name Equalities"));
        ScheduleService schedules = new ScheduleService(jdbi);
        schedules.digest(chair, GroupCommands.digestSchedule(setting));
        List<Instant> sent = new CopyOnWriteArrayList<>();
        DigestService digests = new DigestService(jdbi, MeetingLink.NONE, clock,
                (handle, digest, key) -> sent.add(clock.instant()));

        GroupSchedule schedule = schedules.show(new GroupService(jdbi, ZoneId.of(zone)).require(chair)).schedule();
        Instant announced = schedule.digest().orElseThrow().nextAfter(setAt, schedule.reminders().zone()).toInstant();
        assertThat(announced).as("what show says").isEqualTo(expected);

        clock.set(expected.minusSeconds(1));
        assertThat(digests.sweep()).as("a second before").isZero();
        clock.set(expected);
        assertThat(digests.sweep()).as("at the moment").isOne();
        clock.set(expected.plus(Duration.ofHours(2)));
        assertThat(digests.sweep()).as("the second 01:30 of an autumn night, or any later sweep").isZero();
        assertThat(sent).containsExactly(expected);
        assertThat(Optional.of(sent.get(0))).contains(announced);
    }
}
