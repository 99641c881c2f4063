package org.themebot.slack.reminders;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.themebot.goodpractice.Submission;
import org.themebot.people.Names;
import org.themebot.reminders.Digest;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.ListSection;
import org.themebot.slack.MessageKind;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.SlackMessage;
import org.themebot.slack.actions.ActionBlocks;
import org.themebot.slack.plans.PlanBlocks;

/**
 * A group's digest. Each list is one section, cut to fit Slack's 3,000 characters with "…and N
 * more" and the /action list that shows the rest; the whole message stays far under 50 blocks
 * however many actions there are.
 */
public final class DigestBlocks {

    /** The weekly digest (or one sent now), to each chair by DM and to the channel if the group asks. */
    public static final MessageKind<Digest> DIGEST = MessageKind.of("digest", Digest.class, DigestBlocks::digest);

    /** Other open actions are a count and the first few: the chair wants what needs chasing. */
    static final int OTHER_OPEN_SHOWN = 5;

    private DigestBlocks() {
    }

    static SlackMessage digest(Digest d, Names names) {
        String title = "Digest — " + d.group().name();
        String channel = "<#" + d.group().channelId() + ">";
        if (d.isEmpty()) {
            String line = ":sparkles: Nothing to report for *" + Mrkdwn.escape(d.group().name())
                    + "*: no open actions or tabled good practice, and nothing completed or submitted since "
                    + ActionBlocks.DAY.format(sinceDay(d)) + ".";
            return SlackMessage.withPlainText(title + ": nothing to report",
                    List.of(section(s -> s.text(markdownText(line)))));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(title, BlockLimits.MAX_HEADER_TEXT)))));
        String next = d.nextMeeting().filter(day -> !day.isBefore(d.today()))
                .map(day -> "Next meeting: *" + ActionBlocks.DAY.format(day) + "*")
                .orElse("Next meeting: not set (`/meeting next <date>`)");
        blocks.add(context(c -> c.elements(List.of(markdownText(ActionBlocks.DAY.format(d.today()) + " · " + next)))));
        ListSection.add(blocks, ":warning: *Overdue*", d.overdue(), Integer.MAX_VALUE,
                a -> ListSection.actionLine(a, names) + " · *overdue by "
                        + ActionBlocks.days(ChronoUnit.DAYS.between(a.due().orElseThrow(), d.today())) + "*",
                "/action list overdue");
        ListSection.add(blocks, ":calendar: *Due in the next " + Digest.DUE_SOON_DAYS + " days*", d.dueSoon(), Integer.MAX_VALUE,
                a -> ListSection.actionLine(a, names) + " · due " + ActionBlocks.DAY.format(a.due().orElseThrow()),
                "/action list");
        ListSection.add(blocks, ":open_file_folder: *Other open actions*", d.otherOpen(), OTHER_OPEN_SHOWN,
                a -> ListSection.actionLine(a, names) + " · " + ActionBlocks.timescale(a), "/action list");
        ListSection.add(blocks, ":white_check_mark: *Completed since " + ActionBlocks.DAY.format(sinceDay(d)) + "*",
                d.completed(), Integer.MAX_VALUE, a -> ListSection.actionLine(a, names), "/action list done");
        ListSection.add(blocks, ":bulb: *Good practice submitted since " + ActionBlocks.DAY.format(sinceDay(d)) + "*",
                d.goodPractice().submittedSince(), Integer.MAX_VALUE, DigestBlocks::line, "/goodpractice list new");
        ListSection.add(blocks, ":pushpin: *Good practice tabled for the next meeting*", d.goodPractice().tabled(),
                Integer.MAX_VALUE, DigestBlocks::line, "/goodpractice list tabled");
        PlanBlocks.digestSection(d.plan()).ifPresent(blocks::add);
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.code("/action list")
                + " in " + channel + " shows every open action; " + Mrkdwn.code("/action show <ref>") + " one with its history.")))));
        String plain = title + ": " + d.overdue().size() + " overdue, " + d.dueSoon().size() + " due this week, "
                + d.otherOpen().size() + " other open, " + d.completed().size() + " completed, "
                + d.goodPractice().submittedSince().size() + " good practice submitted"
                + atRisk(d.plan().atRisk().size());
        return SlackMessage.withPlainText(plain, blocks);
    }

    private static String atRisk(int objectives) {
        return objectives == 0 ? "" : ", " + objectives + (objectives == 1 ? " plan objective" : " plan objectives") + " at risk";
    }

    private static String line(Submission s) {
        String strands = s.strands().isEmpty() ? "" : " · " + Mrkdwn.escape(String.join(", ", s.strands()));
        return "*" + s.ref() + "* " + Mrkdwn.escape(BlockLimits.fit(s.title(), ListSection.LINE_TEXT)) + strands;
    }

    private static LocalDate sinceDay(Digest d) {
        return LocalDate.ofInstant(d.since(), d.group().zone());
    }
}
