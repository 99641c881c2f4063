package org.themebot.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.plans.PlanFixtures.LONDON;
import static org.themebot.plans.PlanFixtures.item;
import static org.themebot.plans.PlanFixtures.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    private static final LocalDate MEETING = LocalDate.of(2008, 10, 22);

    private final PlanItem onTrack = item(1, PlanStatus.ON_TRACK);
    private final PlanItem atRisk = item(2, PlanStatus.AT_RISK);
    private final PlanItem achieved = item(3, PlanStatus.ACHIEVED);
    private final PlanItem dropped = item(4, PlanStatus.DROPPED);
    private final List<PlanItem> plan = List.of(onTrack, atRisk, achieved, dropped);

    @Test
    void everyMeetingReviewsEachOpenObjectiveAndNoClosedOne() {
        List<PlanReview> reviewedLastWeek = List.of(review(1, "2008-10-15T10:00:00Z", "fine"));

        assertThat(PlanRules.dueForReview(plan, reviewedLastWeek, ReviewCadence.EVERY, MEETING, LONDON))
                .containsExactly(onTrack, atRisk);
    }

    @Test
    void quarterlyReviewsWhatWasNotReviewedInTheThreeMonthsBefore() {
        List<PlanReview> reviews = List.of(
                review(1, "2008-07-22T10:00:00Z", "exactly three months before: due again"),
                review(2, "2008-07-23T10:00:00Z", "a day less than three months: not due"));
        PlanItem neverReviewed = item(5, PlanStatus.ON_TRACK);

        assertThat(PlanRules.dueForReview(List.of(onTrack, atRisk, neverReviewed), reviews, ReviewCadence.QUARTERLY,
                MEETING, LONDON)).containsExactly(onTrack, neverReviewed);
    }

    @Test
    void reviewsOffReviewsNothing() {
        assertThat(PlanRules.dueForReview(plan, List.of(), ReviewCadence.OFF, MEETING, LONDON)).isEmpty();
    }

    @Test
    void theReviewDayIsTheGroupsDay() {
        // 23:30 UTC on 21 July is 00:30 on 22 July in London (BST): exactly three months before.
        List<PlanReview> lateEvening = List.of(review(1, "2008-07-21T23:30:00Z", "late"));

        assertThat(PlanRules.dueForReview(List.of(onTrack), lateEvening, ReviewCadence.QUARTERLY, MEETING, LONDON))
                .containsExactly(onTrack);
    }

    @Test
    void theDigestLineFlagsRiskEndingSoonAndUnreviewed() {
        LocalDate today = LocalDate.of(2008, 10, 1);
        PlanItem endsIn30 = item(6, PlanStatus.ON_TRACK, timescale("2008-07-01", "2008-10-31"));
        PlanItem endsIn31 = item(7, PlanStatus.ON_TRACK, timescale("2008-07-01", "2008-11-01"));
        PlanItem endedYesterday = item(8, PlanStatus.ON_TRACK, timescale("2008-07-01", "2008-09-30"));
        PlanItem achievedEndingSoon = item(9, PlanStatus.ACHIEVED, timescale("2008-07-01", "2008-10-02"));
        List<PlanReview> reviews = List.of(
                review(6, "2008-07-04T10:00:00Z", "89 days ago"),
                review(7, "2008-07-03T10:00:00Z", "90 days ago"),
                review(8, "2008-09-30T10:00:00Z", "yesterday"),
                review(2, "2008-09-30T10:00:00Z", "yesterday"));

        PlanRules.DigestLine line = PlanRules.digestLine(List.of(atRisk, endsIn30, endsIn31, endedYesterday,
                achievedEndingSoon, onTrack), reviews, today, LONDON);

        assertThat(line.atRisk()).containsExactly(atRisk);
        assertThat(line.endingSoon()).containsExactly(endsIn30);
        // onTrack was created on 2 April and never reviewed; endsIn31's last review was 90 days ago.
        assertThat(line.unreviewed()).containsExactly(endsIn31, onTrack);
        assertThat(line.isEmpty()).isFalse();
    }

    @Test
    void aPlanWithNothingToFlagHasAnEmptyLine() {
        assertThat(PlanRules.digestLine(List.of(achieved, dropped), List.of(), LocalDate.of(2009, 1, 1), LONDON)
                .isEmpty()).isTrue();
    }

    private static PlanTimescale timescale(String start, String end) {
        return new PlanTimescale(start + " – " + end, Optional.of(LocalDate.parse(start)),
                Optional.of(LocalDate.parse(end)));
    }
}
