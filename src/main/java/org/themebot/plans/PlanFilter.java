package org.themebot.plans;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which objectives {@code /plan list [all|at-risk|due]} shows; with no word, the open ones. */
public enum PlanFilter {
    OPEN("", "Open objectives"),
    ALL("all", "All objectives"),
    AT_RISK("at-risk", "Objectives at risk"),
    DUE("due", "Objectives due for review");

    private final String word;
    private final String title;

    PlanFilter(String word, String title) {
        this.word = word;
        this.title = title;
    }

    public String title() {
        return title;
    }

    public static Optional<PlanFilter> parse(String typed) {
        String word = typed.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
        return Arrays.stream(values()).filter(f -> f.word.equals(word)).findFirst();
    }
}
