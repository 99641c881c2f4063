package org.themebot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronExpression;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.themebot.actions.MeetingLink;
import org.themebot.commands.Invocation;
import org.themebot.groups.GroupService;
import org.themebot.reminders.Digest;
import org.themebot.reminders.DigestService;
import org.themebot.reminders.DigestTriggers;
import org.themebot.reminders.ScheduleService;
import org.themebot.reminders.WeeklyTime;
import org.themebot.store.Database;
import org.themebot.store.TestDatabase;

/** The bot's jobs on a real Quartz over SQLite: the sweep's trigger and each group's digest trigger. */
class JobsTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final TriggerKey DIGEST = TriggerKey.triggerKey("digest-1", Jobs.DIGESTS);
    static final WeeklyTime MONDAY_NINE = new WeeklyTime(DayOfWeek.MONDAY, LocalTime.of(9, 0));

    @TempDir
    Path dir;
    Scheduler scheduler;
    Jobs jobs;
    final List<Digest> digests = new CopyOnWriteArrayList<>();
    final AtomicInteger ticks = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        Database database = TestDatabase.sqlite(dir);
        Invocation chair = new Invocation("T1", "C1", "eq", "UCHAIR", Instant.now());
        new GroupService(database.jdbi(), LONDON).setup(chair, "");
        new ScheduleService(database.jdbi(), DigestTriggers.NONE).digest(chair, "monday 09:00");
        scheduler = Quartz.scheduler(database, false);
        DigestService digestService = new DigestService(database.jdbi(), MeetingLink.NONE, Clock.systemUTC(),
                (handle, digest, key) -> digests.add(digest));
        jobs = new Jobs(scheduler, ticks::incrementAndGet, digestService);
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.shutdown(true);
    }

    @Test
    void aGroupsDigestIsAWeeklyCronTriggerOnItsLocalClock() throws Exception {
        jobs.reschedule(1, Optional.of(MONDAY_NINE), LONDON);
        CronTrigger trigger = (CronTrigger) scheduler.getTrigger(DIGEST);
        assertThat(trigger.getCronExpression()).isEqualTo("0 0 9 ? * 2");
        assertThat(trigger.getTimeZone().getID()).isEqualTo("Europe/London");
        assertThat(trigger.getMisfireInstruction()).as("missed while down: sent once on return")
                .isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
        // Clocks go forward on 29 March 2026: Monday 09:00 is 09:00 UTC before, 08:00 UTC after.
        CronExpression weekly = new CronExpression(trigger.getCronExpression());
        weekly.setTimeZone(trigger.getTimeZone());
        assertThat(weekly.getNextValidTimeAfter(Date.from(Instant.parse("2026-03-20T12:00:00Z"))).toInstant())
                .isEqualTo(Instant.parse("2026-03-23T09:00:00Z"));
        assertThat(weekly.getNextValidTimeAfter(Date.from(Instant.parse("2026-03-24T12:00:00Z"))).toInstant())
                .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
    }

    @Test
    void anUnchangedScheduleKeepsItsTriggerAndAChangedOneReplacesIt() throws Exception {
        jobs.reschedule(1, Optional.of(MONDAY_NINE), LONDON);
        Date created = scheduler.getTrigger(DIGEST).getStartTime();
        Thread.sleep(5); // a replaced trigger would start later than this
        jobs.reschedule(1, Optional.of(MONDAY_NINE), LONDON);
        assertThat(scheduler.getTrigger(DIGEST).getStartTime()).as("left alone, so a missed firing survives")
                .isEqualTo(created);

        jobs.reschedule(1, Optional.of(new WeeklyTime(DayOfWeek.FRIDAY, LocalTime.of(17, 30))),
                ZoneId.of("America/New_York"));
        CronTrigger moved = (CronTrigger) scheduler.getTrigger(DIGEST);
        assertThat(moved.getCronExpression()).isEqualTo("0 30 17 ? * 6");
        assertThat(moved.getTimeZone().getID()).isEqualTo("America/New_York");

        jobs.reschedule(1, Optional.empty(), LONDON);
        assertThat(scheduler.getTrigger(DIGEST)).isNull();
        assertThat(scheduler.getJobDetail(JobKey.jobKey("digest-1", Jobs.DIGESTS))).isNull();
    }

    @Test
    void aFiredDigestIsSentAndASecondFiringInTheSameWeekIsNot() throws Exception {
        jobs.reschedule(1, Optional.of(MONDAY_NINE), LONDON);
        scheduler.start();
        JobKey job = JobKey.jobKey("digest-1", Jobs.DIGESTS);
        scheduler.triggerJob(job);
        assertThat(awaitDigests(1)).hasSize(1);
        scheduler.triggerJob(job);
        Thread.sleep(1000); // give a wrong second send the time to happen
        assertThat(digests).as("claimed once per group and week").hasSize(1);
    }

    @Test
    void theSweepRunsEveryIntervalAndAChangedIntervalReplacesItsTrigger() throws Exception {
        jobs.scheduleSweep(Duration.ofSeconds(1));
        scheduler.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ticks.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(ticks.get()).as("ticked at start and a second later").isGreaterThanOrEqualTo(2);
        SimpleTrigger sweep = (SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey("sweep", "themebot"));
        assertThat(sweep.getRepeatInterval()).isEqualTo(1000);
        assertThat(sweep.getRepeatCount()).isEqualTo(SimpleTrigger.REPEAT_INDEFINITELY);
        jobs.scheduleSweep(Duration.ofMinutes(1));
        assertThat(((SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey("sweep", "themebot")))
                .getRepeatInterval()).isEqualTo(60_000);
    }

    @Test
    void quartzCountsDaysFromSunday() {
        assertThat(Jobs.quartzDay(DayOfWeek.SUNDAY)).isEqualTo(1);
        assertThat(Jobs.quartzDay(DayOfWeek.MONDAY)).isEqualTo(2);
        assertThat(Jobs.quartzDay(DayOfWeek.SATURDAY)).isEqualTo(7);
    }

    private List<Digest> awaitDigests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (digests.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return digests;
    }
}
