package org.themebot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;
import org.themebot.store.TestDatabase;

/** The bot's one job on a real Quartz over SQLite: the sweep, every THEMEBOT_SWEEP_INTERVAL. */
class JobsTest {

    @TempDir
    Path dir;
    Scheduler scheduler;
    Jobs jobs;
    final AtomicInteger ticks = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        scheduler = Quartz.scheduler(TestDatabase.sqlite(dir), false);
        jobs = new Jobs(scheduler, ticks::incrementAndGet);
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.shutdown(true);
    }

    @Test
    void theSweepRunsEveryIntervalAndAChangedIntervalReplacesItsTrigger() throws Exception {
        jobs.scheduleSweep(Duration.ofSeconds(1));
        scheduler.start();
        Waiting.until(Duration.ofSeconds(10), "it ticked at start and a second later", () -> ticks.get() >= 2);
        SimpleTrigger sweep = (SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey("sweep", "themebot"));
        assertThat(sweep.getRepeatInterval()).isEqualTo(1000);
        assertThat(sweep.getRepeatCount()).isEqualTo(SimpleTrigger.REPEAT_INDEFINITELY);
        jobs.scheduleSweep(Duration.ofMinutes(1));
        assertThat(((SimpleTrigger) scheduler.getTrigger(TriggerKey.triggerKey("sweep", "themebot")))
                .getRepeatInterval()).isEqualTo(60_000);
    }
}
