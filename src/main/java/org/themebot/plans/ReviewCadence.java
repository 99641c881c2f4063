package org.themebot.plans;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How often a group's meetings review its plan: {@code /themegroup plan-review every|quarterly|off}. */
public enum ReviewCadence {
    /** Every open objective at every meeting: the 2008/10 plan's "reviewed at each Partnership meeting". */
    EVERY,
    /** An objective not reviewed in the three months before the meeting. */
    QUARTERLY,
    OFF;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ReviewCadence> parse(String typed) {
        String word = typed.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.word().equals(word)).findFirst();
    }
}
