package org.themebot.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** An action linked to a plan objective, as the plan shows it: ref, text, whether done and when. */
public record LinkedAction(long planItemId, int number, String text, String status, Optional<LocalDate> due,
                           Optional<Instant> doneAt) {

    public String ref() {
        return "A" + number;
    }

    public boolean done() {
        return status.equals("done");
    }

    public boolean isOpen() {
        return status.equals("open");
    }
}
