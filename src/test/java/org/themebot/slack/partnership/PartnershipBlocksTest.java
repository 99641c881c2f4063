package org.themebot.slack.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.themebot.groups.ThemeGroup;
import org.themebot.partnership.BoardReport;
import org.themebot.partnership.Partnership;
import org.themebot.partnership.PartnershipService;
import org.themebot.plans.StrandExamples;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.SlackMessage;

/** The board report and the invitation as Block Kit: within Slack's limits, names escaped. */
class PartnershipBlocksTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Partnership PARTNERSHIP = new Partnership(7, "T1", "CBOARD", "Sheffield First <Partnership>",
            LONDON, List.of("U0PAM"), List.of(), false, Optional.empty(), Instant.EPOCH);

    private static BoardReport.GroupFigures group(int n) {
        return new BoardReport.GroupFigures("Group " + n + " & <friends>", "C" + n, 12, 3, 4,
                Optional.of(new BoardReport.OverdueAction("A3", "Impact <assessment>", LocalDate.of(2026, 5, 1), 40)),
                List.of("P2 Hate crime centres", "P5 Newsletter"), Optional.of(LocalDate.of(2026, 7, 22)));
    }

    private static BoardReport report(int groups) {
        return new BoardReport("Sheffield First Board Report July 2026", LocalDate.of(2026, 7, 1),
                IntStream.rangeClosed(1, groups).mapToObj(PartnershipBlocksTest::group).toList(),
                List.of(new StrandExamples("race", List.of("Hate crime in schools")),
                        new StrandExamples("disability", List.of()), new StrandExamples("age", List.of())),
                List.of("CYOUTH"));
    }

    @Test
    void eachMemberGroupHasItsFiguresAndTheGapsAreNamed() {
        SlackMessage message = PartnershipBlocks.report(report(2), false);

        assertThat(text(message.blocks().get(2))).isEqualTo("*Group 1 &amp; &lt;friends&gt;* · <#C1>\n"
                + "Open *12* · Overdue *3* · Done this quarter *4* · Next meeting: 22 July 2026\n"
                + "Oldest overdue: *A3* Impact &lt;assessment&gt; (due 1 May 2026, 40 days overdue)\n"
                + "Objectives at risk: P2 Hate crime centres; P5 Newsletter");
        assertThat(text(message.blocks().get(4))).isEqualTo("*Good practice by equality strand across the partnership*\n"
                + "race 1 · disability 0 · age 0\n*Hidden voices:* disability and age — no group has an example.");
        assertThat(message.blocksJson()).doesNotContain("CYOUTH");
        assertThat(message.text()).endsWith(": 2 member groups");
        assertThat(PartnershipBlocks.report(report(1), false).text()).endsWith(": 1 member group");
        assertThat(PartnershipBlocks.report(report(2), true).blocks().toString()).contains("Invited, not answered yet: <#CYOUTH>");
    }

    @Test
    void manyGroupsStayWithinSlacksLimitsAndPointToTheExport() {
        for (int groups : new int[] {45, 46, 80}) {
            SlackMessage message = PartnershipBlocks.report(report(groups), true);
            assertThat(message.blocks().size()).as("%d groups", groups).isLessThanOrEqualTo(BlockLimits.MAX_BLOCKS);
            long shown = message.blocks().stream().filter(b -> text(b).startsWith("*Group ")).count();
            assertThat(message.blocksJson().contains("…and " + (groups - shown) + " more groups")).isEqualTo(shown < groups);
        }
        assertThat(PartnershipBlocks.report(report(45), false).blocksJson()).doesNotContain("more groups");
    }

    @Test
    void theInvitationCarriesThePartnershipOnItsButtons() {
        ThemeGroup group = new ThemeGroup(3, "T1", "CEQ", "E&CC", LONDON, List.of("U0SUE"), List.of(), Instant.EPOCH);
        SlackMessage message = PartnershipBlocks.invitation(new PartnershipService.Invited(PARTNERSHIP, group));

        assertThat(text(message.blocks().get(0))).startsWith(":handshake: *Sheffield First &lt;Partnership&gt;* invites "
                + "*E&amp;CC* to join it.");
        List<String> buttons = message.blocks().stream().filter(ActionsBlock.class::isInstance)
                .flatMap(b -> ((ActionsBlock) b).getElements().stream()).map(e -> ((ButtonElement) e).getActionId() + "="
                        + ((ButtonElement) e).getValue()).toList();
        assertThat(buttons).containsExactly("partnership_accept=7", "partnership_decline=7");
    }

    private static String text(LayoutBlock block) {
        return block instanceof SectionBlock s && s.getText() != null ? s.getText().getText() : "";
    }
}
