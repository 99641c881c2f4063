package org.themebot.plans;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.themebot.commands.CommandError;
import org.themebot.commands.InvalidTimescale;

/** The days an annual report covers, first to last, and how they were typed ("2008/09"). */
public record ReportPeriod(String label, LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(label, "label");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after it begins: " + from + " to " + to);
        }
    }

    /**
     * A period as a timescale is typed: a UK financial year ("2008/09": 1 April 2008 to 31 March
     * 2009), a range ("April 2008 – September 2008"), a year, a quarter, a month.
     */
    public static ReportPeriod read(String typed, LocalDate today) {
        String text = typed.strip();
        PlanTimescale timescale;
        try {
            timescale = PlanTimescale.read(text, today, Optional.empty());
        } catch (InvalidTimescale e) {
            throw new CommandError(e.getMessage(), "");
        }
        if (text.isEmpty() || timescale.start().isEmpty() || timescale.end().isEmpty()) {
            throw new CommandError("'" + text + "' is not a period I can read: give a financial year like 2008/09"
                    + " or a range like April 2008 – March 2009.", "");
        }
        return new ReportPeriod(text, timescale.start().get(), timescale.end().get());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** "1 April 2008 to 31 March 2009". */
    public String span() {
        return PlanText.day(from) + " to " + PlanText.day(to);
    }
}
