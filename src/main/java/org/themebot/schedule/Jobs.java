package org.themebot.schedule;

import static org.quartz.SimpleScheduleBuilder.simpleSchedule;
import static org.quartz.TriggerBuilder.newTrigger;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
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
import org.themebot.reminders.DigestService;
import org.themebot.reminders.DigestTriggers;
import org.themebot.reminders.WeeklyTime;

/**
 * The bot's scheduled work on Quartz: the sweep every THEMEBOT_SWEEP_INTERVAL (due reminders and
 * round-ups, housekeeping) and one weekly cron trigger per group for its digest, in the group's zone.
 * Jobs are built here with their services ({@link JobFactory}), not by reflection.
 */
public final class Jobs implements JobFactory, DigestTriggers {

    private static final Logger log = LoggerFactory.getLogger(Jobs.class);
    static final JobKey SWEEP = JobKey.jobKey("sweep", "themebot");
    static final String DIGESTS = "digests";
    static final String GROUP = "group";

    private final Scheduler scheduler;
    private final Runnable tick;
    private final DigestService digests;

    /** {@code tick} is what each sweep does: due reminders and round-ups, housekeeping. */
    public Jobs(Scheduler scheduler, Runnable tick, DigestService digests) throws SchedulerException {
        this.scheduler = scheduler;
        this.tick = tick;
        this.digests = digests;
        scheduler.setJobFactory(this);
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type == SweepJob.class) {
            return new SweepJob(tick);
        }
        if (type == DigestJob.class) {
            return new DigestJob(digests);
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

    /**
     * A group's weekly digest trigger. Left alone when it already matches, so one missed while
     * the bot was down still fires (once, "fire and proceed") when it comes back.
     */
    @Override
    public void reschedule(long groupId, Optional<WeeklyTime> when, ZoneId zone) {
        JobKey job = JobKey.jobKey("digest-" + groupId, DIGESTS);
        TriggerKey key = TriggerKey.triggerKey("digest-" + groupId, DIGESTS);
        try {
            if (when.isEmpty()) {
                if (scheduler.checkExists(job)) { // most groups have no digest: no write at each start-up
                    scheduler.deleteJob(job);
                }
                return;
            }
            CronScheduleBuilder weekly = CronScheduleBuilder.weeklyOnDayAndHourAndMinute(quartzDay(when.get().day()),
                    when.get().time().getHour(), when.get().time().getMinute())
                    .inTimeZone(TimeZone.getTimeZone(zone))
                    .withMisfireHandlingInstructionFireAndProceed();
            CronTrigger trigger = newTrigger().withIdentity(key).withSchedule(weekly).build();
            if (scheduler.getTrigger(key) instanceof CronTrigger existing
                    && existing.getCronExpression().equals(trigger.getCronExpression())
                    && existing.getTimeZone().getID().equals(zone.getId())) {
                return;
            }
            scheduler.scheduleJob(JobBuilder.newJob(DigestJob.class).withIdentity(job).usingJobData(GROUP, Long.toString(groupId))
                    .build(), Set.of(trigger), true);
            log.info("digest of group {}: {} {}", groupId, when.get().describe(), zone.getId());
        } catch (SchedulerException e) {
            // The settings are saved; the next start re-syncs the trigger from them.
            log.error("could not schedule the digest of group {}", groupId, e);
        }
    }

    /** Quartz numbers days from Sunday = 1. */
    static int quartzDay(DayOfWeek day) {
        return day.getValue() % 7 + 1;
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

    /** A group's weekly digest; the claim in {@link DigestService#sendWeekly} makes a second firing harmless. */
    static final class DigestJob implements Job {
        private final DigestService digests;

        DigestJob(DigestService digests) {
            this.digests = digests;
        }

        @Override
        public void execute(JobExecutionContext context) {
            long groupId = Long.parseLong(context.getMergedJobDataMap().getString(GROUP));
            try {
                digests.sendWeekly(groupId, context.getScheduledFireTime().toInstant());
            } catch (RuntimeException e) {
                log.error("digest of group {} failed", groupId, e);
            }
        }
    }
}
