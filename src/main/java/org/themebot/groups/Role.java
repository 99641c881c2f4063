package org.themebot.groups;

/** The officers of a theme group; they may do everything in it. */
public enum Role {
    CHAIR, SECRETARY;

    String storeName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
