package org.themebot.meetings;

import java.util.Locale;

/** The two attendance lists of action notes. */
public enum Attendance {
    PRESENT, APOLOGIES;

    String storeName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
