package org.themebot.plans;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.themebot.timescale.Timescale;
import org.themebot.timescale.TimescaleParser;

/**
 * A plan objective's timescale: as typed and resolved like an action's (its end is the due
 * date), keeping the start of a range too, since a plan says when work begins as well as when it
 * ends ("April 2008 – March 2010" runs from 1 April 2008 to 31 March 2010).
 */
public record PlanTimescale(String text, Optional<LocalDate> start, Optional<LocalDate> end) {

    private static final TimescaleParser PARSER = new TimescaleParser();

    public PlanTimescale {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * Reads a timescale as typed.
     *
     * @throws org.themebot.timescale.InvalidTimescale if it looks like a date that cannot exist
     */
    public static PlanTimescale read(String typed, LocalDate today, Optional<LocalDate> nextMeeting) {
        Timescale timescale = PARSER.parse(typed, today, nextMeeting);
        Optional<LocalDate> start = PARSER.start(typed, today).or(timescale::due);
        return new PlanTimescale(typed.strip(), start, timescale.due());
    }

    public boolean endsWithin(LocalDate from, LocalDate to) {
        return end.filter(day -> !day.isBefore(from) && !day.isAfter(to)).isPresent();
    }
}
