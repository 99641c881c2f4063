package org.themebot.slack.reminders;

import org.themebot.slack.SlackMessage;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.themebot.actions.Action;
import org.themebot.actions.ActionStatus;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.Submission;
import org.themebot.goodpractice.SubmissionStatus;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;
import org.themebot.people.Who;
import org.themebot.plans.PlanItem;
import org.themebot.plans.PlanRules;
import org.themebot.plans.PlanStatus;
import org.themebot.plans.PlanTimescale;
import org.themebot.reminders.Digest;

class DigestBlocksTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final ThemeGroup GROUP = new ThemeGroup(1, "T1", "C1", "Equalities & Communities", ZoneId.of("Europe/London"),
            List.of("UCHAIR"), List.of("USEC"), Instant.EPOCH);

    static Action action(int number, String text, Optional<LocalDate> due, ActionStatus status) {
        return new Action(number, 1, number, text, List.of(new Who.SlackUser("USUE"), new Who.Named("Cllr <Kevin>")),
                due.map(LocalDate::toString).orElse("ongoing"), due, status, "USEC", Instant.EPOCH, Optional.empty());
    }

    static List<Action> actions(int from, int count, Optional<LocalDate> due, ActionStatus status) {
        return IntStream.range(from, from + count)
                .mapToObj(n -> action(n, "Action " + n + " " + "x".repeat(150), due, status)).toList();
    }

    /** Names Slack has not given yet: Slack users show as mentions, which Slack renders as their names. */
    static final Names NO_NAMES = Names.NONE_KNOWN;

    static final GoodPracticeService.ForDigest NO_GOOD_PRACTICE = new GoodPracticeService.ForDigest(List.of(), List.of());
    static final PlanRules.DigestLine NO_PLAN = new PlanRules.DigestLine(List.of(), List.of(), List.of());

    static List<Submission> submissions(int from, int count, SubmissionStatus status) {
        return IntStream.range(from, from + count).mapToObj(n -> new Submission(n, 1, n, "Example " + n + " & more "
                + "y".repeat(120), "", "", List.of("race", "disability"), Optional.empty(), "UBALBIR", Optional.empty(),
                status, Optional.empty(), Instant.EPOCH)).toList();
    }

    static List<PlanItem> objectives(int first, int count, PlanStatus status) {
        return IntStream.range(first, first + count).mapToObj(n -> new PlanItem(n, 1, n, "Objective " + n + " & more",
                List.of(), new PlanTimescale("Dec 2026", Optional.empty(), Optional.of(LocalDate.of(2026, 12, 31))),
                Optional.empty(), List.of(), status, Optional.empty(), Instant.EPOCH, Instant.EPOCH)).toList();
    }

    static String text(LayoutBlock block) {
        return block instanceof SectionBlock s ? s.getText().getText() : "";
    }

    @Test
    void threeHundredOpenActionsStayWithinSlacksLimits() {
        Digest digest = new Digest(GROUP, TODAY, Instant.parse("2026-11-23T09:00:00Z"),
                actions(1, 100, Optional.of(TODAY.minusDays(10)), ActionStatus.OPEN),
                actions(101, 100, Optional.of(TODAY.plusDays(3)), ActionStatus.OPEN),
                actions(201, 100, Optional.empty(), ActionStatus.OPEN),
                actions(301, 60, Optional.of(TODAY), ActionStatus.DONE),
                new GoodPracticeService.ForDigest(submissions(1, 80, SubmissionStatus.SUBMITTED),
                        submissions(81, 3, SubmissionStatus.TABLED)),
                Optional.of(TODAY.plusDays(10)), false, new PlanRules.DigestLine(objectives(1, 40, PlanStatus.AT_RISK),
                        objectives(41, 2, PlanStatus.ON_TRACK), List.of()));
        SlackMessage message = DigestBlocks.digest(digest, NO_NAMES);
        assertThat(message.blocks().size()).isLessThanOrEqualTo(50);
        assertThat(message.blocks()).allSatisfy(b -> assertThat(text(b).length()).isLessThanOrEqualTo(3000));
        List<String> sections = message.blocks().stream().map(DigestBlocksTest::text).filter(t -> !t.isEmpty()).toList();
        assertThat(sections).hasSize(7);
        assertThat(sections.get(0)).startsWith(":warning: *Overdue* (100)").contains("overdue by 10 days")
                .containsPattern("…and \\d+ more: `/action list overdue`");
        assertThat(sections.get(1)).startsWith(":calendar: *Due in the next 7 days* (100)").contains("`/action list`");
        assertThat(sections.get(2)).startsWith(":open_file_folder: *Other open actions* (100)")
                .contains("…and 95 more");
        assertThat(sections.get(3)).contains("Completed since Mon 23 Nov 2026* (60)");
        assertThat(sections.get(4)).startsWith(":bulb: *Good practice submitted since Mon 23 Nov 2026* (80)")
                .containsPattern("\\*G1\\* Example 1 &amp; more y+ · race, disability").contains("more: `/goodpractice list new`");
        assertThat(sections.get(5)).startsWith(":pushpin: *Good practice tabled for the next meeting* (3)")
                .contains("*G83*").doesNotContain("more:");
        assertThat(sections.get(6)).startsWith(":dart: *Action plan* — `/plan list all`\n• At risk (40): *P1* Objective 1 "
                + "&amp; more · *P2*").contains(" and 35 more\n• Ending within 30 days (2): *P41* Objective 41 &amp; more "
                + "(31 December 2026) · *P42*").doesNotContain("No review");
        assertThat(message.text()).isEqualTo("Digest — Equalities &amp; Communities: 100 overdue, 100 due this week, "
                + "100 other open, 60 completed, 80 good practice submitted, 40 plan objectives at risk");
        assertThat(sections.get(0)).as("owners: Slack users as mentions, names escaped")
                .contains("— <@USUE> / Cllr &lt;Kevin&gt;");
        assertThat(message.blocksJson()).contains("Next meeting: *Thu 10 Dec 2026*");
    }

    @Test
    void listedPlusMoreAddUpToTheCount() {
        Digest digest = new Digest(GROUP, TODAY, Instant.EPOCH, actions(1, 300, Optional.of(TODAY.minusDays(1)),
                ActionStatus.OPEN), List.of(), List.of(), List.of(), NO_GOOD_PRACTICE, Optional.empty(), false, NO_PLAN);
        String overdue = text(DigestBlocks.digest(digest, NO_NAMES).blocks().get(2));
        long listed = overdue.lines().filter(l -> l.startsWith("• ")).count();
        int more = Integer.parseInt(overdue.replaceAll("(?s).*…and (\\d+) more.*", "$1"));
        assertThat(listed).isPositive();
        assertThat(listed + more).isEqualTo(300);
    }

    @Test
    void aDigestWithNothingInItSaysSoInOneLine() {
        Digest empty = new Digest(GROUP, TODAY, Instant.parse("2026-11-23T09:00:00Z"), List.of(), List.of(), List.of(),
                List.of(), NO_GOOD_PRACTICE, Optional.empty(), false, NO_PLAN);
        SlackMessage message = DigestBlocks.digest(empty, NO_NAMES);
        assertThat(message.blocks()).hasSize(1);
        assertThat(text(message.blocks().get(0))).isEqualTo(":sparkles: Nothing to report for "
                + "*Equalities &amp; Communities*: no open actions or tabled good practice, and nothing completed or "
                + "submitted since Mon 23 Nov 2026.");
    }
}
