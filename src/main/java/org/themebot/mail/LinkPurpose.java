package org.themebot.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The one thing a mail link may do; it is signed into the link and named in its path. */
public enum LinkPurpose {
    DONE, UPDATE, UNSUBSCRIBE;

    /** As the path and the store spell it: done, update, unsubscribe. */
    public String pathName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<LinkPurpose> fromPath(String name) {
        return Arrays.stream(values()).filter(p -> p.pathName().equals(name)).findFirst();
    }
}
