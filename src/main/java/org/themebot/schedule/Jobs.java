package org.themebot.schedule;

import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import java.time.Duration;
import java.util.Set;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's scheduled work on Quartz: the sweep every THEMEBOT_SWEEP_INTERVAL, which sends what
 * has come due (reminders, weekly digests, round-ups) and does the housekeeping. Quartz fires;
 * the database decides: each thing the sweep sends is claimed there, so it goes once however
 * often the sweep runs and on however many instances. The job is built here with its work
 * ({@link JobFactory}), not by reflection.
 */
public final class Jobs implements JobFactory {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    static final JobKey SWEEP = JobKey.jobKey("sweep", "themebot");

    private final Scheduler scheduler;
    private final Runnable tick;

    /** {@code tick} is what each sweep does. */
    public Jobs(Scheduler scheduler, Runnable tick) throws SchedulerException {
        this.scheduler = scheduler;
        this.tick = tick;
        scheduler.setJobFactory(this);
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type == SweepJob.class) {
            return new SweepJob(tick);
        }
        throw new IllegalStateException("no job " + type.getName());
    }

    /** Runs the sweep every interval, starting now; a changed interval replaces the old trigger. */
    public void scheduleSweep(Duration interval) throws SchedulerException {
        TriggerKey key = TriggerKey.triggerKey("sweep", "themebot");
        Trigger existing = scheduler.getTrigger(key);
        if (existing instanceof SimpleTrigger simple && simple.getRepeatInterval() == interval.toMillis()) {
            return;
        }
        scheduler.scheduleJob(JobBuilder.newJob(SweepJob.class).withIdentity(SWEEP).build(), Set.of(newTrigger().withIdentity(key)
                .startNow()
                .withSchedule(simpleSchedule().withIntervalInMilliseconds(interval.toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNowWithExistingCount())
                .build()), true);
    }

    /** One tick at a time, even if a tick runs long. */
    @DisallowConcurrentExecution
    static final class SweepJob implements Job {
        private final Runnable tick;

        SweepJob(Runnable tick) {
            this.tick = tick;
        }

        @Override
        public void execute(JobExecutionContext context) {
            try {
                tick.run();
            } catch (RuntimeException e) {
                log.error("sweep failed; the next tick tries again", e);
            }
        }
    }
}
