package org.themebot.goodpractice;

import java.util.Locale;

/** Where a submission stands: submitted (new) → tabled (on the next meeting's agenda) → discussed; or withdrawn. */
public enum SubmissionStatus {
    SUBMITTED, TABLED, DISCUSSED, WITHDRAWN;

    public String storeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SubmissionStatus of(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
