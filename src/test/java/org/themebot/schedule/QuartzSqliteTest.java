package org.themebot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quartz.CalendarIntervalScheduleBuilder.calendarIntervalSchedule;
import static org.quartz.CronScheduleBuilder.cronSchedule;
import static org.quartz.DailyTimeIntervalScheduleBuilder.dailyTimeIntervalSchedule;
import static org.quartz.JobBuilder.newJob;
import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.calendar.HolidayCalendar;
import org.quartz.impl.matchers.GroupMatcher;
import org.quartz.listeners.TriggerListenerSupport;
import org.themebot.config.ThemebotConfig;
import org.themebot.store.Database;

/** Quartz's JDBC job store on a real SQLite file, the way the bot runs by default. */
class QuartzSqliteTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /** A fresh Database per call, as a restarted bot opens it. */
    private Database open() {
        return Database.open(new ThemebotConfig.Database("jdbc:sqlite:" + dir.resolve("themebot.db"),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void jobsTriggersAndCalendarsSurviveARestart() throws Exception {
        JobKey jobKey = JobKey.jobKey("digest", "group-7");
        Date nextCron;
        Scheduler first = Quartz.scheduler(open(), false);
        try {
            first.start();
            HolidayCalendar closures = new HolidayCalendar();
            closures.addExcludedDate(Date.from(Instant.parse("2030-12-25T00:00:00Z")));
            first.addCalendar("closures", closures, false, false);
            JobDetail job = newJob(Fires.Stored.class).withIdentity(jobKey)
                    .usingJobData("groupId", "7").storeDurably().build();
            first.addJob(job, false);
            first.scheduleJob(newTrigger().withIdentity("weekly", "group-7").forJob(jobKey)
                    .withSchedule(cronSchedule("0 0 9 ? * MON").inTimeZone(TimeZone.getTimeZone("Europe/London"))
                            .withMisfireHandlingInstructionFireAndProceed())
                    .modifiedByCalendar("closures").build());
            first.scheduleJob(newTrigger().withIdentity("sweep", "group-7").forJob(jobKey)
                    .startAt(Date.from(Instant.now().plus(1, ChronoUnit.HOURS)))
                    .withSchedule(simpleSchedule().withIntervalInMinutes(1).repeatForever()).build());
            first.scheduleJob(newTrigger().withIdentity("monthly", "group-7").forJob(jobKey)
                    .startAt(Date.from(Instant.now().plus(1, ChronoUnit.HOURS)))
                    .withSchedule(calendarIntervalSchedule().withIntervalInMonths(1)).build());
            first.scheduleJob(newTrigger().withIdentity("office-hours", "group-7").forJob(jobKey)
                    .startAt(Date.from(Instant.now().plus(1, ChronoUnit.HOURS)))
                    .withSchedule(dailyTimeIntervalSchedule().withIntervalInHours(1)).build());
            nextCron = first.getTrigger(TriggerKey.triggerKey("weekly", "group-7")).getNextFireTime();
        } finally {
            first.shutdown(true);
        }

        Scheduler second = Quartz.scheduler(open(), false);
        try {
            second.start();
            assertThat(second.getJobDetail(jobKey).getJobDataMap().getString("groupId")).isEqualTo("7");
            assertThat(second.getTriggerKeys(GroupMatcher.triggerGroupEquals("group-7")))
                    .extracting(TriggerKey::getName)
                    .containsExactlyInAnyOrder("weekly", "sweep", "monthly", "office-hours");
            CronTrigger weekly = (CronTrigger) second.getTrigger(TriggerKey.triggerKey("weekly", "group-7"));
            assertThat(weekly.getCronExpression()).isEqualTo("0 0 9 ? * MON");
            assertThat(weekly.getTimeZone().getID()).isEqualTo("Europe/London");
            assertThat(weekly.getNextFireTime()).isEqualTo(nextCron);
            assertThat(weekly.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
            assertThat(second.getTriggerState(weekly.getKey())).isEqualTo(Trigger.TriggerState.NORMAL);
            assertThat(((HolidayCalendar) second.getCalendar("closures")).getExcludedDates()).hasSize(1);
        } finally {
            second.shutdown(true);
        }
    }

    @Test
    void aTriggerDueInASecondFiresItsJob() throws Exception {
        Scheduler scheduler = Quartz.scheduler(open(), false);
        Fires fires = new Fires(1);
        scheduler.setJobFactory(fires);
        try {
            scheduler.start();
            Instant due = Instant.now().plusSeconds(1);
            scheduler.scheduleJob(newJob(Fires.Stored.class).withIdentity("reminder").build(),
                    newTrigger().withIdentity("soon").startAt(Date.from(due)).build());

            assertThat(fires.await(WAIT)).as("fired within " + WAIT).isTrue();
            assertThat(fires.count("soon")).isEqualTo(1);
            assertThat(Instant.now()).isAfterOrEqualTo(due.truncatedTo(ChronoUnit.MILLIS));
        } finally {
            scheduler.shutdown(true);
        }
    }

    @Test
    void aOneShotMissedWhileDownFiresOnceWhenTheBotIsBack() throws Exception {
        // The bot was down when the reminder was due: it is stored, its time passes (by far more
        // than the misfire threshold), and only then does a scheduler start on the file.
        Scheduler down = Quartz.scheduler(open(), false);
        try {
            down.scheduleJob(newJob(Fires.Stored.class).withIdentity("reminder").build(),
                    newTrigger().withIdentity("missed")
                            .startAt(Date.from(Instant.now().minus(10, ChronoUnit.MINUTES)))
                            .withSchedule(simpleSchedule().withMisfireHandlingInstructionFireNow()).build());
        } finally {
            down.shutdown(true);
        }

        Database database = open();
        Scheduler up = Quartz.scheduler(database, false);
        Fires fires = new Fires(1);
        List<String> misfired = listenForMisfires(up);
        up.setJobFactory(fires);
        try {
            up.start();
            assertThat(fires.await(WAIT)).isTrue();
            // A one-shot trigger is deleted once its job has run: nothing is left to fire again.
            Waiting.until(WAIT, "the trigger is done", () -> !up.checkExists(TriggerKey.triggerKey("missed"))
                    && count(database, "QRTZ_FIRED_TRIGGERS") == 0);
        } finally {
            up.shutdown(true);
        }
        assertThat(misfired).containsExactly("missed");
        assertThat(fires.count("missed")).isEqualTo(1);
    }

    @Test
    void aDailyTriggerMissedThreeTimesFiresOnceThenWaitsForItsNextTime() throws Exception {
        // A daily digest whose time came three times while the bot was down: FireAndProceed sends
        // one now, not three, and then keeps to its schedule (half a day away here).
        int hour = ZonedDateTime.now(ZoneOffset.UTC).plusHours(12).getHour();
        TriggerKey key = TriggerKey.triggerKey("daily");
        Scheduler down = Quartz.scheduler(open(), false);
        try {
            down.scheduleJob(newJob(Fires.Stored.class).withIdentity("digest").build(),
                    newTrigger().withIdentity(key)
                            .startAt(Date.from(Instant.now().minus(3, ChronoUnit.DAYS)))
                            .withSchedule(cronSchedule("0 0 " + hour + " * * ?").inTimeZone(TimeZone.getTimeZone("UTC"))
                                    .withMisfireHandlingInstructionFireAndProceed()).build());
            assertThat(down.getTrigger(key).getNextFireTime()).isBefore(Date.from(Instant.now().minus(2, ChronoUnit.DAYS)));
        } finally {
            down.shutdown(true);
        }

        Database database = open();
        Scheduler up = Quartz.scheduler(database, false);
        Fires fires = new Fires(1);
        up.setJobFactory(fires);
        try {
            up.start();
            assertThat(fires.await(WAIT)).isTrue();
            Waiting.until(WAIT, "the job has run", () -> count(database, "QRTZ_FIRED_TRIGGERS") == 0);
            assertThat(up.getTrigger(key).getNextFireTime()).isAfter(Date.from(Instant.now().plus(11, ChronoUnit.HOURS)));
            assertThat(up.getTriggerState(key)).isEqualTo(Trigger.TriggerState.NORMAL);
        } finally {
            up.shutdown(true);
        }
        assertThat(fires.count("daily")).isEqualTo(1);
    }

    @Test
    void theStoreIsConfiguredForSqlite() throws Exception {
        Scheduler scheduler = Quartz.scheduler(open(), false);
        try {
            assertThat(scheduler.getMetaData().getJobStoreClass().getSimpleName()).isEqualTo("JobStoreTX");
            assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
            assertThat(scheduler.getMetaData().isJobStoreClustered()).isFalse();
            assertThat(scheduler.getMetaData().getThreadPoolSize()).isEqualTo(2);
            assertThat(scheduler.getSchedulerName()).isEqualTo(Quartz.NAME);
        } finally {
            scheduler.shutdown(true);
        }
    }

    /** Why Quartz's defaults do not do on SQLite: the two things the delegate and lock handler avoid. */
    @Test
    void sqliteHasNoSelectForUpdateAndSqliteJdbcNoGetBlob() throws Exception {
        Database database = open();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM QRTZ_LOCKS WHERE LOCK_NAME = 'x' FOR UPDATE"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("syntax error");
            try (ResultSet rs = statement.executeQuery("SELECT X'0102' AS b")) {
                rs.next();
                assertThatThrownBy(() -> rs.getBlob("b")).isInstanceOf(SQLException.class);
                assertThat(rs.getBytes("b")).containsExactly(1, 2);
            }
        }
    }

    private static List<String> listenForMisfires(Scheduler scheduler) throws Exception {
        List<String> misfired = new CopyOnWriteArrayList<>();
        scheduler.getListenerManager().addTriggerListener(new TriggerListenerSupport() {
            @Override
            public String getName() {
                return "misfires";
            }

            @Override
            public void triggerMisfired(Trigger trigger) {
                misfired.add(trigger.getKey().getName());
            }
        });
        return misfired;
    }

    static int count(Database database, String table) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one());
    }
}
