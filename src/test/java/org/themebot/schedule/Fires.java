package org.themebot.schedule;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/**
 * A JobFactory for tests: whatever job class is stored, the job run counts the firing under its
 * trigger's name and counts down a latch, so a test waits for firings instead of sleeping.
 */
final class Fires implements JobFactory {

    /** The job class stored in QRTZ_JOB_DETAILS; never run itself, since the factory replaces it. */
    public static final class Stored implements Job {
        @Override
        public void execute(JobExecutionContext context) {
        }
    }

    private final Map<String, AtomicInteger> byTrigger = new ConcurrentHashMap<>();
    private final Map<String, String> instanceByTrigger = new ConcurrentHashMap<>();
    private final CountDownLatch expected;

    Fires(int expected) {
        this.expected = new CountDownLatch(expected);
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        String instance = scheduler.getSchedulerInstanceId();
        return context -> {
            String trigger = context.getTrigger().getKey().getName();
            byTrigger.computeIfAbsent(trigger, t -> new AtomicInteger()).incrementAndGet();
            instanceByTrigger.put(trigger, instance);
            expected.countDown();
        };
    }

    /** True when the expected number of firings happened within the timeout. */
    boolean await(Duration timeout) throws InterruptedException {
        return expected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int count(String trigger) {
        AtomicInteger count = byTrigger.get(trigger);
        return count == null ? 0 : count.get();
    }

    int total() {
        return byTrigger.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    Map<String, String> instanceByTrigger() {
        return Map.copyOf(instanceByTrigger);
    }
}
