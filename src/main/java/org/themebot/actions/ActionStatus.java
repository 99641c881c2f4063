package org.themebot.actions;

import java.util.Locale;

public enum ActionStatus {
    OPEN, DONE, DROPPED;

    public String storeName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ActionStatus of(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
