package org.themebot.slack.reminders;

import static org.themebot.slack.BlockFixtures.A1;
import static org.themebot.slack.BlockFixtures.A2;
import static org.themebot.slack.BlockFixtures.A3;
import static org.themebot.slack.BlockFixtures.A4;
import static org.themebot.slack.BlockFixtures.A5;
import static org.themebot.slack.BlockFixtures.BALBIR;
import static org.themebot.slack.BlockFixtures.DEBBIE;
import static org.themebot.slack.BlockFixtures.G1;
import static org.themebot.slack.BlockFixtures.G2;
import static org.themebot.slack.BlockFixtures.GROUP;
import static org.themebot.slack.BlockFixtures.NAMES;
import static org.themebot.slack.BlockFixtures.NO_PLAN;
import static org.themebot.slack.BlockFixtures.NOW;
import static org.themebot.slack.BlockFixtures.PLAN_LINE;
import static org.themebot.slack.BlockFixtures.SUE;
import static org.themebot.slack.BlockFixtures.TODAY;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.reminders.Digest;
import org.themebot.reminders.Reminder;
import org.themebot.reminders.ReminderKind;
import org.themebot.reminders.ReminderSweep;
import org.themebot.reminders.RoundupAnswer;
import org.themebot.reminders.RoundupService;
import org.themebot.slack.Golden;

/**
 * The scheduled messages (reminder DMs and how they read after a button, the round-up and the
 * chairs' roll-up, the digest) and the Add update form, as JSON, against src/test/resources/golden/reminders/.
 */
class ReminderGoldenTest {

    static final LocalDate NEXT_MEETING = LocalDate.of(2008, 10, 22);
    static final Instant SINCE = Instant.parse("2008-10-01T08:00:00Z");

    static ReminderSweep.DueReminder due(ReminderKind kind, LocalDate day, ReminderSweep.Recipient recipient) {
        var action = kind == ReminderKind.OVERDUE ? A1 : A2;
        return new ReminderSweep.DueReminder(GROUP, action, new Reminder(kind, day, NOW, action.due().orElseThrow()),
                List.of(recipient), List.of());
    }

    @TestFactory
    Stream<DynamicTest> messages() {
        var balbir = new ReminderSweep.Recipient(BALBIR, Optional.empty());
        var forKevin = new ReminderSweep.Recipient(DEBBIE, Optional.of("Cllr Kevin <KF> Foster"));
        var roundup = new RoundupService.OwnerRoundup(GROUP, NEXT_MEETING, BALBIR, List.of(
                new RoundupService.Item(A1, Optional.empty(), Optional.of(RoundupAnswer.BLOCKED)),
                new RoundupService.Item(A2, Optional.of("Cllr Kevin <KF> Foster"), Optional.empty()),
                new RoundupService.Item(A4, Optional.empty(), Optional.of(RoundupAnswer.DONE))));
        var digest = new Digest(GROUP, TODAY, SINCE, List.of(A1), List.of(A2), List.of(A3, A5), List.of(A4),
                new GoodPracticeService.ForDigest(List.of(G1), List.of(G2)), Optional.of(NEXT_MEETING), false, NO_PLAN);
        var nothing = new Digest(GROUP, TODAY, SINCE, List.of(), List.of(), List.of(), List.of(),
                new GoodPracticeService.ForDigest(List.of(), List.of()), Optional.empty(), false, NO_PLAN);
        var onlyThePlan = new Digest(GROUP, TODAY, SINCE, List.of(), List.of(), List.of(), List.of(),
                new GoodPracticeService.ForDigest(List.of(), List.of()), Optional.of(NEXT_MEETING), false, PLAN_LINE);
        return Stream.of(
                Golden.message("reminders/reminder-overdue", () -> ReminderBlocks.reminder(
                        due(ReminderKind.OVERDUE, TODAY, balbir), balbir, NAMES)),
                Golden.message("reminders/reminder-before-on-behalf", () -> ReminderBlocks.reminder(
                        due(ReminderKind.BEFORE, LocalDate.of(2008, 10, 20), forKevin), forKevin, NAMES)),
                Golden.message("reminders/reminder-after-done", () -> ReminderBlocks.afterPress(GROUP, A4,
                        ReminderBlocks.outcome(":white_check_mark:", "Done", SUE, Optional.empty()), NAMES)),
                Golden.message("reminders/reminder-after-snooze", () -> ReminderBlocks.afterPress(GROUP, A2,
                        ReminderBlocks.outcome(":zzz:", "Snoozed", BALBIR,
                                Optional.of("reminders snoozed until Wed 15 Oct 2008")), NAMES)),
                Golden.message("reminders/roundup", () -> RoundupBlocks.roundup(roundup)),
                Golden.message("reminders/rollup", () -> RoundupBlocks.rollup(new RoundupService.Rollup(GROUP,
                        NEXT_MEETING, List.of(A1, A2, A3, A4), Map.of(A1.id(), RoundupAnswer.BLOCKED,
                        A4.id(), RoundupAnswer.DONE)), NAMES)),
                Golden.message("reminders/rollup-with-no-actions", () -> RoundupBlocks.rollup(
                        new RoundupService.Rollup(GROUP, NEXT_MEETING, List.of(), Map.of()), NAMES)),
                Golden.message("reminders/digest", () -> DigestBlocks.digest(digest, NAMES)),
                Golden.message("reminders/digest-with-nothing-to-report", () -> DigestBlocks.digest(nothing, NAMES)),
                Golden.message("reminders/digest-with-only-the-plan", () -> DigestBlocks.digest(onlyThePlan, NAMES)));
    }

    @TestFactory
    Stream<DynamicTest> forms() {
        return Stream.of(Golden.view("reminders/update-modal",
                () -> ReminderButtons.updateModal("101|D0BALBIR|1223030400.000100~signature")));
    }
}
