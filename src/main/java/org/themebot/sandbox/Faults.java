package org.themebot.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Faults injected into the engine's Web API, per method, each for that method's next calls:
 * Slack rate-limiting (429 with Retry-After), a server error, a named error such as
 * channel_not_found, or a slow answer. The sandbox injects none; tests do, through their facade.
 */
public final class Faults {

    /**
     * One injected answer: after delay, this HTTP status and ok:false error instead of the real
     * answer (none when error is null). A late answer does the call first and then waits: Slack
     * took the message, its sender has not heard so yet.
     */
    public record Fault(Duration delay, int status, int retryAfterSeconds, String error, boolean late) {

        /** HTTP 429 with Retry-After, as Slack rate-limits a method. */
        public static Fault rateLimited(int retryAfterSeconds) {
            return new Fault(Duration.ZERO, 429, retryAfterSeconds, "ratelimited", false);
        }

        /** An HTTP error status (500, 503) with Slack's fatal_error. */
        public static Fault serverError(int status) {
            return new Fault(Duration.ZERO, status, 0, "fatal_error", false);
        }

        /** HTTP 200 with ok:false and this error name (channel_not_found, not_in_channel, …). */
        public static Fault error(String name) {
            return new Fault(Duration.ZERO, 200, 0, name, false);
        }

        /** The real answer, after a delay. */
        public static Fault slow(Duration delay) {
            return new Fault(delay, 200, 0, null, false);
        }

        /** The real answer, given only after a delay once the call was done. */
        public static Fault lateAnswer(Duration delay) {
            return new Fault(delay, 200, 0, null, true);
        }

        boolean replacesAnswer() {
            return error != null;
        }
    }

    private final Map<String, Deque<Fault>> queued = new HashMap<>();

    /** The next {@code times} calls of a method get this fault, after any already queued for it. */
    public synchronized void inject(String method, int times, Fault fault) {
        Deque<Fault> queue = queued.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(fault);
        }
    }

    /** Slack answers normally again. */
    public synchronized void clear() {
        queued.clear();
    }

    /** The fault for this call of a method, if one is queued (and then used up). */
    synchronized Optional<Fault> next(String method) {
        Deque<Fault> queue = queued.get(method);
        return Optional.ofNullable(queue == null ? null : queue.poll());
    }
}
