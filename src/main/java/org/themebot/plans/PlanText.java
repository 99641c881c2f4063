package org.themebot.plans;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How plans and reports write dates, periods and lists of names. */
public final class PlanText {

    /** Month names in full: short ones differ between JDKs ("Sep", "Sept"). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private PlanText() {
    }

    /** "12 November 2008". */
    public static String day(LocalDate date) {
        return DAY.format(date);
    }

    /**
     * The UK financial years from the one {@code first} falls in to the one {@code last} falls in,
     * as plans are titled: "2008/10" for April 2008 to March 2010, "2008/09" for one year.
     */
    public static String financialYears(LocalDate first, LocalDate last) {
        int from = financialYearStart(first);
        int to = financialYearStart(last) + 1;
        return from + "/" + String.format(Locale.ROOT, "%02d", to % 100);
    }

    static int financialYearStart(LocalDate day) {
        return day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1;
    }

    /** The plan's period: from its earliest start to its latest end, or this financial year when none has dates. */
    static String period(List<PlanItem> items, LocalDate today) {
        Optional<LocalDate> first = items.stream().flatMap(i -> i.timescale().start().stream()).min(LocalDate::compareTo);
        Optional<LocalDate> last = items.stream().flatMap(i -> i.timescale().end().stream()).max(LocalDate::compareTo);
        return financialYears(first.or(() -> last).orElse(today), last.or(() -> first).orElse(today));
    }

    /** "A, B and C" (no serial comma); "none" for nobody. */
    public static String names(List<String> names) {
        int n = names.size();
        return switch (n) {
            case 0 -> "none";
            case 1 -> names.get(0);
            default -> String.join(", ", names.subList(0, n - 1)) + " and " + names.get(n - 1);
        };
    }
}
