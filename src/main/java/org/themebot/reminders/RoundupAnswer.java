package org.themebot.reminders;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an owner says an action stands before the meeting. */
public enum RoundupAnswer {
    DONE("Done"), IN_PROGRESS("In progress"), BLOCKED("Blocked"), CARRY_FORWARD("Carry forward");

    private final String label;

    RoundupAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String storeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RoundupAnswer> of(String storeName) {
        return Arrays.stream(values()).filter(a -> a.storeName().equals(storeName)).findFirst();
    }
}
