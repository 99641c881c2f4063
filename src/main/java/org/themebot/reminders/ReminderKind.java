package org.themebot.reminders;

import java.util.Locale;

/** The three reminders an action with a due date gets: before it, on the day, and while overdue. */
public enum ReminderKind {
    BEFORE, DUE, OVERDUE;

    public String storeName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
