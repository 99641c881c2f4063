package org.themebot.plans;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a plan objective stands. On track and at risk are still being worked on; achieved and dropped are closed. */
public enum PlanStatus {
    ON_TRACK("on-track", "On track"),
    AT_RISK("at-risk", "At risk"),
    ACHIEVED("achieved", "Achieved"),
    DROPPED("dropped", "Dropped");

    private final String word;
    private final String label;

    PlanStatus(String word, String label) {
        this.word = word;
        this.label = label;
    }

    /** As typed and stored: on-track, at-risk, achieved, dropped. */
    public String word() {
        return word;
    }

    /** As shown: "At risk". */
    public String label() {
        return label;
    }

    public boolean isActive() {
        return this == ON_TRACK || this == AT_RISK;
    }

    /** The status a user typed, ignoring case; "on track" and "at risk" with a space are accepted too. */
    public static Optional<PlanStatus> parse(String typed) {
        String word = typed.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst();
    }

    static PlanStatus stored(String word) {
        return parse(word).orElseThrow(() -> new IllegalStateException("unknown plan status " + word));
    }
}
