package org.themebot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quartz.JobBuilder.newJob;
import static org.quartz.TriggerBuilder.newTrigger;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.themebot.store.Database;
import org.themebot.store.TestPostgres;

/** The same store on PostgreSQL, clustered: what a bot shared by several instances would run. */
class QuartzPostgresTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /** A new, migrated database on the run's PostgreSQL, so tests do not see each other's triggers. */
    private static Database newDatabase() {
        return TestPostgres.migrated();
    }

    @Test
    void aClusteredSchedulerStartsAndRunsAJob() throws Exception {
        Database database = newDatabase();
        Scheduler scheduler = Quartz.scheduler(database, true);
        Fires fires = new Fires(1);
        scheduler.setJobFactory(fires);
        try {
            assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
            scheduler.start();
            scheduler.scheduleJob(newJob(Fires.Stored.class).withIdentity("reminder").usingJobData("actionId", "42").build(),
                    newTrigger().withIdentity("soon").startAt(Date.from(Instant.now().plusSeconds(1))).build());

            assertThat(fires.await(WAIT)).isTrue();
            assertThat(fires.count("soon")).isEqualTo(1);
            // The node checked in to the cluster under its own, generated id.
            List<String> nodes = database.jdbi().withHandle(h -> h.createQuery("SELECT instance_name FROM qrtz_scheduler_state")
                    .mapTo(String.class).list());
            assertThat(nodes).containsExactly(scheduler.getSchedulerInstanceId());
        } finally {
            scheduler.shutdown(true);
        }
    }

    @Test
    void twoClusteredSchedulersFireEachOneShotTriggerExactlyOnce() throws Exception {
        int triggers = 10;
        Database database = newDatabase();
        Fires fires = new Fires(triggers);
        Scheduler a = Quartz.scheduler(database, true);
        Scheduler b = Quartz.scheduler(database, true);
        a.setJobFactory(fires);
        b.setJobFactory(fires);
        try {
            assertThat(a.getSchedulerInstanceId()).isNotEqualTo(b.getSchedulerInstanceId());
            // All due at the same moment, stored before either node starts: both race for them.
            Date due = Date.from(Instant.now().plusSeconds(1));
            JobDetail job = newJob(Fires.Stored.class).withIdentity("reminder").storeDurably().build();
            a.addJob(job, false);
            for (int i = 0; i < triggers; i++) {
                a.scheduleJob(newTrigger().withIdentity("once-" + i).forJob(job).startAt(due).build());
            }
            a.start();
            b.start();

            assertThat(fires.await(WAIT)).isTrue();
            Waiting.until(WAIT, "every one-shot trigger is done", () ->
                    a.getTriggersOfJob(JobKey.jobKey("reminder")).isEmpty()
                            && QuartzSqliteTest.count(database, "QRTZ_FIRED_TRIGGERS") == 0);
        } finally {
            a.shutdown(true);
            b.shutdown(true);
        }
        assertThat(fires.total()).isEqualTo(triggers);
        for (int i = 0; i < triggers; i++) {
            assertThat(fires.count("once-" + i)).as("firings of once-" + i).isEqualTo(1);
        }
    }
}
