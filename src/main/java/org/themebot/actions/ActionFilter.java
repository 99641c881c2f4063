package org.themebot.actions;

import java.util.Optional;

/** Which actions /action list shows: open (the default), mine, overdue, done, all, or one person's open ones. */
public record ActionFilter(Kind kind, Optional<String> userId) {

    public enum Kind { OPEN, MINE, OVERDUE, DONE, ALL, OF_USER }

    public static ActionFilter of(Kind kind) {
        return new ActionFilter(kind, Optional.empty());
    }

    public static ActionFilter ofUser(String userId) {
        return new ActionFilter(Kind.OF_USER, Optional.of(userId));
    }
}
