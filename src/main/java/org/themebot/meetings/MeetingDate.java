package org.themebot.meetings;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.themebot.commands.CommandError;
import org.themebot.timescale.InvalidTimescale;
import org.themebot.timescale.Timescale;
import org.themebot.timescale.TimescaleParser;

/**
 * A meeting's date: one day, typed as a timescale would be ("2008-09-03", "3 Sept 08",
 * "Wednesday 3rd September 2008", "22/10/2008", "today", "next Wednesday"). A month or a season
 * resolves too, but names no day, so it is refused.
 */
final class MeetingDate {

    /** A day of the month beside a month, a numeric date, or a relative day. */
    private static final Pattern NAMES_A_DAY = Pattern.compile(
            "(?i).*(\\b\\d{1,2}(st|nd|rd|th)?\\s+[a-z]{3,}|[a-z]{3,}\\s+\\d{1,2}(st|nd|rd|th)?\\b"
                    + "|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|\\btoday\\b|\\btomorrow\\b"
                    + "|\\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\\b).*");

    private static final TimescaleParser PARSER = new TimescaleParser();

    private MeetingDate() {
    }

    static LocalDate parse(String text, LocalDate today) {
        Timescale timescale;
        try {
            timescale = PARSER.parse(text, today, Optional.empty());
        } catch (InvalidTimescale e) {
            throw new CommandError(e.getMessage(), "");
        }
        if (timescale.kind() != Timescale.Kind.DATED || !NAMES_A_DAY.matcher(text.strip()).matches()) {
            throw new CommandError("I could not read '" + text.strip() + "' as a day (e.g. 2008-09-03, "
                    + "3 Sept 2008 or 22/10/2008).", "");
        }
        return timescale.due().orElseThrow();
    }
}
