package org.themebot.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.themebot.actions.Action;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.groups.ThemeGroup;
import org.themebot.plans.PlanRules;

/**
 * A group's weekly digest: overdue actions (oldest first), those due in the next 7 days, the
 * other open ones, those completed since the last digest, good practice submitted since then and
 * tabled for the next meeting, the next meeting's date, and the plan line (objectives at risk,
 * ending within 30 days, not reviewed for 90).
 */
public record Digest(ThemeGroup group, LocalDate today, Instant since, List<Action> overdue, List<Action> dueSoon,
                     List<Action> otherOpen, List<Action> completed, GoodPracticeService.ForDigest goodPractice,
                     Optional<LocalDate> nextMeeting, boolean toChannel, PlanRules.DigestLine plan) {

    public static final int DUE_SOON_DAYS = 7;

    public boolean isEmpty() {
        return overdue.isEmpty() && dueSoon.isEmpty() && otherOpen.isEmpty() && completed.isEmpty()
                && goodPractice.submittedSince().isEmpty() && goodPractice.tabled().isEmpty() && plan.isEmpty();
    }
}
