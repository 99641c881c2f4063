package org.themebot.slack.partnership;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.themebot.partnership.BoardReport;
import org.themebot.partnership.BoardReports;
import org.themebot.partnership.Partnership;
import org.themebot.partnership.PartnershipService;
import org.themebot.people.Names;
import org.themebot.plans.PlanText;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.Intent;
import org.themebot.slack.ListSection;
import org.themebot.slack.MessageKind;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.Replies;
import org.themebot.slack.SlackMessage;

/** Block Kit for partnerships: the invitation and its answer, and the board report. Pure functions. */
public final class PartnershipBlocks {

    /** A group's answer to an invitation, or its leaving, and who gave it. */
    public record Answer(PartnershipService.Answered answered, String actorId) {
    }

    /** The invitation, posted in the invited group's channel with Accept and Decline buttons. */
    public static final MessageKind<PartnershipService.Invited> INVITED = MessageKind.of("partnership.invited",
            PartnershipService.Invited.class, (invited, names) -> invitation(invited));
    /** A group joined, declined or left: told to the board channel (and in place of the invitation). */
    public static final MessageKind<Answer> ANSWERED = MessageKind.of("partnership.answered", Answer.class,
            PartnershipBlocks::answered);
    /** The board report in the board channel: monthly, or at once with /partnership report now. */
    public static final MessageKind<BoardReport> REPORT = MessageKind.of("partnership.report", BoardReport.class,
            (report, names) -> report(report, false));
    public static final List<MessageKind<?>> KINDS = List.of(INVITED, ANSWERED, REPORT);

    static final String ACCEPT = "partnership_accept";
    static final String DECLINE = "partnership_decline";
    private static final DateTimeFormatter NEXT_RUN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK);
    /** Blocks a board report keeps for things other than member groups: header, date, good practice, pending, footer. */
    private static final int OTHER_BLOCKS = 5;

    private PartnershipBlocks() {
    }

    /** A month's claimed report, queued once under the claim's key, to the board channel. */
    public static Intent monthly(BoardReports.Claimed claimed) {
        Partnership partnership = claimed.partnership();
        return REPORT.post(partnership.workspaceId(), partnership.channelId(), claimed.report()).once(claimed.dedupeKey());
    }

    static SlackMessage invitation(PartnershipService.Invited invited) {
        String partnership = Mrkdwn.escape(invited.partnership().name());
        String text = ":handshake: *" + partnership + "* invites *" + Mrkdwn.escape(invited.group().name())
                + "* to join it. Its board would then see this group's figures (actions open, overdue and done, "
                + "objectives at risk, the next meeting) and its good practice. Nothing is shared unless a chair or "
                + "secretary of this group accepts, and " + Mrkdwn.code("/partnership leave") + " stops it.";
        String id = Long.toString(invited.partnership().id());
        return SlackMessage.withPlainText(invited.partnership().name() + " invites " + invited.group().name()
                + " to join it", List.of(
                section(s -> s.text(markdownText(BlockLimits.fit(text, BlockLimits.MAX_SECTION_TEXT)))),
                actions(a -> a.elements(List.of(
                        button(b -> b.actionId(ACCEPT).value(id).style("primary").text(plainText("Accept"))),
                        button(b -> b.actionId(DECLINE).value(id).text(plainText("Decline")))))),
                context(c -> c.elements(List.of(markdownText("For this group's chairs and secretaries."))))));
    }

    static SlackMessage answered(Answer answer, Names names) {
        PartnershipService.Answered a = answer.answered();
        String group = "*" + Mrkdwn.escape(a.group().name()) + "*";
        String partnership = "*" + Mrkdwn.escape(a.partnership().name()) + "*";
        String who = Mrkdwn.user(answer.actorId(), names);
        String text = switch (a.status()) {
            case MEMBER -> ":white_check_mark: " + group + " joined " + partnership + " (accepted by " + who + ").";
            case DECLINED -> ":heavy_multiplication_x: " + group + " declined the invitation to " + partnership + " ("
                    + who + ").";
            case LEFT -> ":wave: " + group + " left " + partnership + " (" + who + "); its figures are no longer shown.";
            case INVITED -> group + " is invited to " + partnership + ".";
        };
        return SlackMessage.withPlainText(a.group().name() + " " + a.status().name().toLowerCase(Locale.ROOT) + ": "
                + a.partnership().name(), List.of(section(s -> s.text(markdownText(
                BlockLimits.fit(text, BlockLimits.MAX_SECTION_TEXT))))));
    }

    static SlackMessage setUp(PartnershipService.Setup setup) {
        Partnership p = setup.partnership();
        return Replies.text(":classical_building: *" + Mrkdwn.escape(p.name()) + "*"
                + (setup.created() ? " is set up; this is its board channel." : " is updated.")
                + "\n*Chairs:* " + Mrkdwn.mentions(p.chairs()) + " · *Secretaries:* " + Mrkdwn.mentions(p.secretaries())
                + "\nInvite theme groups with " + Mrkdwn.code("/partnership invite #channel") + ".");
    }

    static SlackMessage inviteSent(PartnershipService.Invited invited) {
        return Replies.text(":envelope: Invitation sent to <#" + invited.group().channelId() + ">: its chairs and "
                + "secretaries accept or decline it there. Until then the board sees nothing of "
                + Mrkdwn.escape(invited.group().name()) + ".");
    }

    static SlackMessage left(PartnershipService.Answered left) {
        return Replies.text(":wave: *" + Mrkdwn.escape(left.group().name()) + "* has left *"
                + Mrkdwn.escape(left.partnership().name()) + "*: its board sees none of this group's data from now on.");
    }

    static SlackMessage scheduled(PartnershipService.Scheduled scheduled) {
        Partnership p = scheduled.partnership();
        return Replies.text(scheduled.next().map(next -> ":calendar: *Monthly board report:* on — the first working "
                + "day of each month at 09:00 (" + p.zone().getId() + "); the next is on "
                + NEXT_RUN.format(next.atZone(p.zone())) + ".").orElse(":calendar: *Monthly board report:* off."));
    }

    /**
     * The roll-up: each member group's figures, then good practice by strand across them with the
     * strands no group has an example for. Within Slack's limits; the export has everything.
     * Invitations not yet answered are listed only for the board's own view ({@code withPending}).
     */
    static SlackMessage report(BoardReport report, boolean withPending) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(report.title(), BlockLimits.MAX_HEADER_TEXT)))));
        int members = report.groups().size();
        String memberGroups = members + (members == 1 ? " member group" : " member groups");
        blocks.add(context(c -> c.elements(List.of(markdownText("As of " + PlanText.day(report.asOf()) + " · "
                + memberGroups)))));
        if (report.groups().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("No theme group has joined yet: "
                    + Mrkdwn.code("/partnership invite #channel") + " invites one."))));
        }
        int room = BlockLimits.MAX_BLOCKS - OTHER_BLOCKS - 1;
        int shown = report.groups().size() <= room + 1 ? report.groups().size() : room;
        for (BoardReport.GroupFigures group : report.groups().subList(0, shown)) {
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(figures(group), BlockLimits.MAX_SECTION_TEXT)))));
        }
        if (shown < report.groups().size()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + (report.groups().size() - shown)
                    + " more groups: " + Mrkdwn.code("/partnership export docx") + " has them all.")))));
        }
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(goodPractice(report), BlockLimits.MAX_SECTION_TEXT)))));
        if (withPending && !report.pendingChannels().isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(BlockLimits.fit("Invited, not answered yet: "
                    + report.pendingChannels().stream().map(id -> "<#" + id + ">").collect(Collectors.joining(", ")),
                    BlockLimits.MAX_CONTEXT_TEXT))))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.code("/partnership export docx")
                + " gives the full report, with every example of good practice.")))));
        return SlackMessage.withPlainText(report.title() + ": " + memberGroups, blocks);
    }

    /** One member group: its name and channel, its actions, the oldest overdue, objectives at risk, next meeting. */
    private static String figures(BoardReport.GroupFigures g) {
        StringBuilder text = new StringBuilder("*").append(Mrkdwn.escape(g.groupName())).append("* · <#")
                .append(g.channelId()).append(">\nOpen *").append(g.open()).append("* · Overdue *").append(g.overdue())
                .append("* · Done this quarter *").append(g.doneThisQuarter()).append("* · Next meeting: ")
                .append(g.nextMeeting().map(PlanText::day).orElse("not set"));
        g.oldestOverdue().ifPresent(a -> text.append("\nOldest overdue: *").append(a.ref()).append("* ")
                .append(Mrkdwn.escape(BlockLimits.fit(a.text(), ListSection.LINE_TEXT))).append(" (due ")
                .append(PlanText.day(a.due())).append(", ").append(a.daysOverdue()).append(" days overdue)"));
        if (!g.atRisk().isEmpty()) {
            text.append("\nObjectives at risk: ").append(g.atRisk().stream()
                    .map(o -> Mrkdwn.escape(BlockLimits.fit(o, ListSection.LINE_TEXT))).collect(Collectors.joining("; ")));
        }
        return text.toString();
    }

    private static String goodPractice(BoardReport report) {
        String counts = report.goodPractice().stream().map(s -> Mrkdwn.escape(s.strand()) + " " + s.examples().size())
                .collect(Collectors.joining(" · "));
        List<String> gaps = report.gaps();
        return "*Good practice by equality strand across the partnership*\n" + (counts.isEmpty() ? "no strands" : counts)
                + "\n*Hidden voices:* " + (gaps.isEmpty() ? "every strand has an example."
                : Mrkdwn.escape(PlanText.names(gaps)) + " — no group has an example.");
    }
}
