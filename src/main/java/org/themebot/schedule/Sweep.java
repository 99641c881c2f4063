package org.themebot.schedule;

import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What each scheduler tick does, step by named step: due reminders, weekly digests, round-ups,
 * housekeeping. Each step decides in the database what is due and claims it there, so a step run
 * twice, late, or on two instances at once sends nothing twice. A step that fails is logged and
 * the others still run; the next tick tries it again.
 */
public final class Sweep implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(Sweep.class);

    private final Map<String, Runnable> steps = new LinkedHashMap<>();

    /** Adds a step, run after those added before it. */
    public Sweep step(String name, Runnable step) {
        if (steps.putIfAbsent(name, step) != null) {
            throw new IllegalArgumentException("two sweep steps named " + name);
        }
        return this;
    }

    @Override
    public void run() {
        steps.forEach((name, step) -> {
            try {
                step.run();
            } catch (RuntimeException e) {
                log.error("sweep step {} failed; the next tick tries it again", name, e);
            }
        });
    }
}
