package org.themebot.timescale;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A timescale exactly as typed, and the due date it resolves to (the last day it covers), if any.
 *
 * @param text the timescale exactly as the secretary typed it: shown back and exported unchanged
 * @param due  the last day the timescale covers; empty when it has none or it is not known yet
 * @param kind what sort of timescale this is, which says why {@code due} may be empty
 */
public record Timescale(String text, Optional<LocalDate> due, Kind kind) {

    /** What sort of timescale was typed. */
    public enum Kind {
        /** Resolved to a date; {@code due} is present. */
        DATED,
        /** Deliberately undated ("ongoing", "tbc", empty): never reminded, listed as "no date". */
        NO_DATE,
        /** Due at the group's next meeting; {@code due} is that meeting's date when one is known. */
        NEXT_MEETING,
        /** Text that could not be read as a date: kept as typed, with no due date. */
        UNRECOGNISED
    }

    public Timescale {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(kind, "kind");
        // Only a next-meeting timescale may go either way; for the others the kind decides.
        if (kind == Kind.DATED && due.isEmpty()) {
            throw new IllegalArgumentException("A dated timescale needs a due date: " + text);
        }
        if ((kind == Kind.NO_DATE || kind == Kind.UNRECOGNISED) && due.isPresent()) {
            throw new IllegalArgumentException("A " + kind + " timescale has no due date: " + text);
        }
    }

    /** Whether there is a date to remind about. */
    public boolean hasDueDate() {
        return due.isPresent();
    }
}
