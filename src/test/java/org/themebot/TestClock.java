package org.themebot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test sets by hand; safe to read from the app's threads while the test moves it.
 * A stopped clock stays where it is set; a running one ({@link #running}) moves on with real time
 * from where it is set, for whole-app tests whose retries and back-offs wait for time to pass.
 *
 * <p>Tests that need "now" but not a particular day start from {@link #start()}: a fixed instant,
 * or the one the system property {@code themebot.test.now} names, so that the same tests can be
 * run on every day of a week and across the clock changes ({@code .ci/any-day}).
 */
public final class TestClock extends Clock {

    /** The instant tests start at unless {@code -Dthemebot.test.now=…} says otherwise: a Wednesday morning. */
    static final Instant DEFAULT_START = Instant.parse("2026-06-10T09:15:00Z");

    private final boolean running;
    /** Where the clock was last set, and when in real time: one value, so a reader never sees half of a set. */
    private volatile Mark mark;

    private record Mark(Instant at, long nanos) {
    }

    public TestClock(Instant start) {
        this(start, false);
    }

    private TestClock(Instant start, boolean running) {
        this.running = running;
        set(start);
    }

    /** A clock that moves on with real time from {@code start}. */
    public static TestClock running(Instant start) {
        return new TestClock(start, true);
    }

    /** Where tests that do not care about the day start. */
    public static Instant start() {
        String named = System.getProperty("themebot.test.now", "");
        return named.isBlank() ? DEFAULT_START : Instant.parse(named.strip());
    }

    public void set(Instant instant) {
        mark = new Mark(instant, System.nanoTime());
    }

    public synchronized void advance(Duration by) {
        set(instant().plus(by));
    }

    @Override
    public Instant instant() {
        Mark now = mark;
        return running ? now.at().plusNanos(System.nanoTime() - now.nanos()) : now.at();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock stays in UTC");
    }
}
