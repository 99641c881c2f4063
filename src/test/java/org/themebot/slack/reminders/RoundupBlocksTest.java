package org.themebot.slack.reminders;

import org.themebot.slack.SlackMessage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.themebot.actions.Action;
import org.themebot.actions.ActionStatus;
import org.themebot.people.Who;
import org.themebot.reminders.RoundupAnswer;
import org.themebot.reminders.RoundupService;

class RoundupBlocksTest {

    static final LocalDate MEETING = LocalDate.of(2026, 12, 2);

    static Action action(int n) {
        return new Action(n, 1, n, "Action " + n + " <b>", List.of(new Who.SlackUser("USUE")), "next meeting",
                Optional.of(MEETING), ActionStatus.OPEN, "USEC", Instant.EPOCH, Optional.empty());
    }

    @Test
    void anOwnerWithFortyOpenActionsGetsAsManyAsFitAndAPointerToTheRest() {
        List<RoundupService.Item> items = IntStream.rangeClosed(1, 40)
                .mapToObj(n -> new RoundupService.Item(action(n), Optional.empty(),
                        n == 1 ? Optional.of(RoundupAnswer.BLOCKED) : Optional.empty()))
                .toList();
        SlackMessage dm = RoundupBlocks.roundup(new RoundupService.OwnerRoundup(DigestBlocksTest.GROUP, MEETING, "USUE",
                items));
        assertThat(dm.blocks().size()).isLessThanOrEqualTo(50);
        String json = dm.blocksJson();
        assertThat(json).contains("…and " + (40 - RoundupBlocks.MAX_ITEMS) + " more")
                .contains("your answer: *Blocked*")
                .contains("Action 1 \\u0026lt;b\\u0026gt;")
                .contains("\"value\":\"1@2026-12-02\"")
                .contains("roundup_carry_forward");
    }

    @Test
    void theRollupGroupsActionsByAnswerWithUnansweredLast() {
        RoundupService.Rollup rollup = new RoundupService.Rollup(DigestBlocksTest.GROUP, MEETING,
                List.of(action(1), action(2), action(3)), Map.of(1L, RoundupAnswer.DONE, 3L, RoundupAnswer.BLOCKED));
        String json = RoundupBlocks.rollup(rollup, DigestBlocksTest.NO_NAMES).blocksJson();
        assertThat(json).contains("2 of 3 actions answered");
        assertThat(json.indexOf("*Done* (1)")).isLessThan(json.indexOf("*Blocked* (1)"));
        assertThat(json.indexOf("*Blocked* (1)")).isLessThan(json.indexOf("*No answer yet* (1)"));
    }
}
