package org.themebot.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which objectives a meeting reviews and what the weekly digest says of the plan. Pure functions
 * of the plan, its reviews and a date, so the meeting start and the digest can share them.
 */
public final class PlanRules {

    /** The digest flags an objective whose timescale ends this many days ahead or sooner. */
    static final int ENDING_WITHIN_DAYS = 30;
    /** The digest flags an objective with no review (nor, if never reviewed, creation) for this many days. */
    static final int UNREVIEWED_DAYS = 90;
    /** A quarterly cadence reviews an objective not reviewed in this many months before the meeting. */
    static final int QUARTER_MONTHS = 3;

    private PlanRules() {
    }

    /** The digest's plan line: objectives at risk, ending within 30 days, and not reviewed for 90. */
    public record DigestLine(List<PlanItem> atRisk, List<PlanItem> endingSoon, List<PlanItem> unreviewed) {

        public boolean isEmpty() {
            return atRisk.isEmpty() && endingSoon.isEmpty() && unreviewed.isEmpty();
        }
    }

    /**
     * The open objectives (on track or at risk) a meeting on {@code meetingDate} should review: all
     * of them at every meeting; quarterly, those with no review in the three months before it;
     * none when reviews are off.
     */
    public static List<PlanItem> dueForReview(List<PlanItem> items, List<PlanReview> reviews, ReviewCadence cadence,
                                              LocalDate meetingDate, ZoneId zone) {
        Map<Long, LocalDate> lastReviewed = lastReviewed(reviews, zone);
        LocalDate quarterAgo = meetingDate.minusMonths(QUARTER_MONTHS);
        return items.stream().filter(item -> item.status().isActive()).filter(item -> switch (cadence) {
            case EVERY -> true;
            case QUARTERLY -> {
                LocalDate last = lastReviewed.get(item.id());
                yield last == null || !last.isAfter(quarterAgo);
            }
            case OFF -> false;
        }).toList();
    }

    /** What the weekly digest shows of the plan on {@code today} (the group's date). */
    public static DigestLine digestLine(List<PlanItem> items, List<PlanReview> reviews, LocalDate today, ZoneId zone) {
        Map<Long, LocalDate> lastReviewed = lastReviewed(reviews, zone);
        List<PlanItem> active = items.stream().filter(item -> item.status().isActive()).toList();
        LocalDate staleBefore = today.minusDays(UNREVIEWED_DAYS);
        return new DigestLine(
                active.stream().filter(item -> item.status() == PlanStatus.AT_RISK).toList(),
                active.stream().filter(item -> item.timescale().endsWithin(today, today.plusDays(ENDING_WITHIN_DAYS)))
                        .sorted(Comparator.comparing(item -> item.timescale().end().orElseThrow()))
                        .toList(),
                active.stream().filter(item -> !lastReviewed.getOrDefault(item.id(), day(item.createdAt(), zone))
                        .isAfter(staleBefore)).toList());
    }

    /** The day of each objective's latest review, in the group's zone. */
    static Map<Long, LocalDate> lastReviewed(List<PlanReview> reviews, ZoneId zone) {
        Map<Long, LocalDate> last = new HashMap<>();
        reviews.forEach(review -> last.merge(review.planItemId(), review.day(zone),
                (a, b) -> a.isAfter(b) ? a : b));
        return last;
    }

    private static LocalDate day(Instant instant, ZoneId zone) {
        return LocalDate.ofInstant(instant, zone);
    }
}
