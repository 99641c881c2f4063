package org.themebot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.slack.groups.GroupCommands;
import org.themebot.TestClock;
import org.themebot.actions.ActionService;
import org.themebot.actions.AsCommands;
import org.themebot.actions.ActionStore;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupService;
import org.themebot.groups.GroupStore;
import org.themebot.store.BothDatabases;
import org.themebot.store.Database;

/** Schedules, proxies, claims and round-up answers on SQLite and on PostgreSQL: the same migrations and SQL serve both. */
class ScheduleStoreTest {

    private static final Instant AT = Instant.parse("2026-06-01T11:00:00Z");
    private static final AtomicInteger channels = new AtomicInteger();
    @RegisterExtension
    static final BothDatabases both = new BothDatabases();

    static Stream<Arguments> databases() {
        return both.arguments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void settingsProxiesAndClaimsRoundTrip(String name, Database database) {
        Jdbi jdbi = database.jdbi();
        Invocation chair = new Invocation("T1", "C" + channels.incrementAndGet(), "eq", "UCHAIR", AT);
        long groupId = new GroupService(jdbi, ZoneId.of("Europe/London")).setup(chair, GroupCommands.setupRequest("")).group().id();
        ScheduleAsCommands schedules = new ScheduleAsCommands(new ScheduleService(jdbi));
        schedules.reminders(chair, "3 at 16:30");
        schedules.digest(chair, "friday 08:15 channel");
        schedules.proxy(chair, "Cllr Kevin Foster <@USEC|sec>");
        schedules.roundup(chair, "off");

        ScheduleStore store = jdbi.onDemand(ScheduleStore.class);
        GroupSchedule schedule = store.find(groupId).orElseThrow();
        assertThat(schedule.reminders()).isEqualTo(new ReminderSettings(3, LocalTime.of(16, 30),
                ZoneId.of("Europe/London")));
        assertThat(schedule.digest()).contains(new WeeklyTime(DayOfWeek.FRIDAY, LocalTime.of(8, 15)));
        assertThat(schedule.digestToChannel()).isTrue();
        assertThat(schedule.roundupDays()).isEmpty();
        assertThat(store.rowsWithDigest()).extracting(ScheduleStore.ScheduleRow::id).contains(groupId);
        assertThat(store.rowsWithRoundup()).extracting(ScheduleStore.ScheduleRow::id).doesNotContain(groupId);
        assertThat(store.proxies(groupId)).containsExactly(new ScheduleStore.Proxy("Cllr Kevin Foster", "USEC"));

        LocalDate day = LocalDate.of(2026, 6, 8);
        AsCommands actions = new AsCommands(new ActionService(jdbi, MeetingLink.NONE));
        long actionId = actions.add(chair, "Draft it | <@UCHAIR|chair> | 10 June 2026").action().id();
        assertThat(store.isClaimed(actionId, "before", day)).isFalse();
        assertThat(store.claimReminder(actionId, "before", day, AT)).isTrue();
        assertThat(store.claimReminder(actionId, "before", day, AT)).isFalse();
        assertThat(store.isClaimed(actionId, "before", day)).isTrue();
        assertThat(store.claimDigest(groupId, "2026-W24", AT)).isTrue();
        assertThat(store.claimDigest(groupId, "2026-W24", AT)).isFalse();
        assertThat(store.datedActions(List.of(actionId))).singleElement()
                .isEqualTo(new ScheduleStore.DatedAction(actionId, groupId, LocalDate.of(2026, 6, 10), AT));

        RoundupStore roundups = jdbi.onDemand(RoundupStore.class);
        assertThat(roundups.claim(groupId, day, "roundup", AT)).isTrue();
        assertThat(roundups.claim(groupId, day, "roundup", AT)).isFalse();
        roundups.answer(actionId, day, groupId, "blocked", "UCHAIR", AT);
        roundups.answer(actionId, day, groupId, "in_progress", "UCHAIR", AT.plusSeconds(60));
        assertThat(roundups.answers(groupId, day)).singleElement()
                .isEqualTo(new RoundupStore.AnswerRow(actionId, "in_progress", "UCHAIR", AT.plusSeconds(60)));
        assertThat(roundups.latestRoundup(groupId, day.minusDays(28), day)).contains(day);

        assertThat(jdbi.onDemand(ActionStore.class).openOwnedBy("T1", "UCHAIR")).extracting(a -> a.id())
                .contains(actionId);
        assertThat(jdbi.onDemand(GroupStore.class).idsIn("T1")).contains(groupId);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSweepAndTheDigestClaimOnceOnEither(String name, Database database) {
        Jdbi jdbi = database.jdbi();
        TestClock clock = new TestClock(AT);
        Invocation chair = new Invocation("T1", "C" + channels.incrementAndGet(), "eq", "UCHAIR", AT);
        long groupId = new GroupService(jdbi, ZoneId.of("Europe/London")).setup(chair, GroupCommands.setupRequest("")).group().id();
        new AsCommands(new ActionService(jdbi, MeetingLink.NONE)).add(chair, "Draft it | <@UCHAIR|chair> | 10 June 2026");
        new ScheduleAsCommands(new ScheduleService(jdbi)).digest(chair, "monday 09:00");
        List<String> sent = new ArrayList<>();
        ReminderSweep sweep = new ReminderSweep(jdbi, clock, (h, r) -> {
            if (r.group().id() == groupId) { // the database is shared with the other test's groups
                sent.add(r.action().ref() + " " + r.reminder().kind());
            }
        });
        DigestService digests = new DigestService(jdbi, MeetingLink.NONE, clock, (h, d, key) -> {
            if (d.group().id() == groupId) {
                sent.add("digest " + key.orElse(""));
            }
        });

        clock.set(Instant.parse("2026-06-08T08:00:00Z")); // 09:00 in London, two days before
        sweep.sweep();
        sweep.sweep();
        digests.sweep();
        digests.sweep();
        assertThat(sent).containsExactly("A1 BEFORE", "digest digest:" + groupId + ":2026-W24");
        assertThat(jdbi.onDemand(ScheduleStore.class).find(groupId).orElseThrow().lastDigestAt())
                .isEqualTo(Optional.of(clock.instant()));
    }
}
