package org.themebot.plans;

import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.themebot.people.Who;

/** Objectives and reviews built in memory, for tests of the rules and renderers. */
final class PlanFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final Instant CREATED = Instant.parse("2008-04-02T09:00:00Z");

    private PlanFixtures() {
    }

    static PlanItem item(long id, PlanStatus status, PlanTimescale timescale) {
        return new PlanItem(id, 1, (int) id, "Objective " + id, List.of(), timescale, Optional.empty(), List.of(),
                status, Optional.empty(), CREATED, CREATED);
    }

    static PlanItem item(long id, PlanStatus status) {
        return item(id, status, new PlanTimescale("ongoing", Optional.empty(), Optional.empty()));
    }

    static PlanItem full(long id, String objective, List<String> methodology, String timescale, Who lead,
                         List<PlanItem.Measurable> measurables, PlanStatus status) {
        PlanTimescale resolved = PlanTimescale.read(timescale, LocalDate.of(2008, 4, 2), Optional.empty());
        return new PlanItem(id, 1, (int) id, objective, methodology, resolved, Optional.of(lead), measurables, status,
                Optional.empty(), CREATED, CREATED);
    }

    static PlanReview review(long itemId, String at, String text) {
        return new PlanReview(itemId * 100 + at.hashCode() % 50, itemId, PlanReview.Kind.COMMENT, text, "U0SUE",
                Optional.empty(), Instant.parse(at));
    }
}
