package org.themebot.slack.goodpractice;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.GoodPracticeSettings;
import org.themebot.goodpractice.GoodPracticeSettingsService;
import org.themebot.goodpractice.Submission;
import org.themebot.meetings.Tabling;
import org.themebot.people.Names;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.MessageKind;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.Replies;
import org.themebot.slack.SlackMessage;
import org.themebot.slack.actions.ActionBlocks;

/** Block Kit for good practice: pure functions from results to messages. */
public final class GoodPracticeBlocks {

    /** A change to a submission, and who made it. */
    public record SubmissionChange(GoodPracticeService.Changed changed, String actorId) {
    }

    public static final MessageKind<GoodPracticeService.Changed> SUBMITTED = MessageKind.of("goodpractice.submitted",
            GoodPracticeService.Changed.class, GoodPracticeBlocks::submitted);
    public static final MessageKind<SubmissionChange> TABLED = MessageKind.of("goodpractice.tabled",
            SubmissionChange.class, (change, names) -> tabled(change.changed(), change.actorId(), names));
    public static final MessageKind<SubmissionChange> WITHDRAWN = MessageKind.of("goodpractice.withdrawn",
            SubmissionChange.class, (change, names) -> withdrawn(change.changed(), change.actorId(), names));
    public static final List<MessageKind<?>> KINDS = List.of(SUBMITTED, TABLED, WITHDRAWN);

    /** Room for the header and the count line: the rest of Slack's 50 blocks list submissions. */
    static final int MAX_LISTED = BlockLimits.MAX_BLOCKS - 2;

    private GoodPracticeBlocks() {
    }

    /** Posted in the channel, so the group sees what came in. */
    static SlackMessage submitted(GoodPracticeService.Changed submitted, Names names) {
        Submission s = submitted.submission();
        String text = ":bulb: *" + s.ref() + "* good practice from " + Mrkdwn.person(s.submitter(), names) + "\n"
                + details(s);
        return SlackMessage.withPlainText(s.ref() + " good practice: " + s.title(), List.of(
                section(b -> b.text(markdownText(BlockLimits.fit(text, BlockLimits.MAX_SECTION_TEXT)))),
                context(c -> c.elements(List.of(markdownText("The chair or secretary puts it on the next meeting's agenda with "
                        + Mrkdwn.code("/goodpractice table " + s.ref()) + "."))))));
    }

    static SlackMessage tabled(GoodPracticeService.Changed tabled, String actorId, Names names) {
        Submission s = tabled.submission();
        return Replies.text(":pushpin: *" + s.ref() + "* tabled for the next meeting by " + Mrkdwn.user(actorId, names) + ": "
                + Mrkdwn.escape(s.title()));
    }

    static SlackMessage withdrawn(GoodPracticeService.Changed withdrawn, String actorId, Names names) {
        Submission s = withdrawn.submission();
        return Replies.text(":heavy_multiplication_x: *" + s.ref() + "* withdrawn by " + Mrkdwn.user(actorId, names) + ": "
                + Mrkdwn.escape(s.title()));
    }

    /** The submissions, then one line counting them per strand, so gaps show. */
    static SlackMessage list(GoodPracticeService.Listed listed, Names names) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = listed.description() + " — " + listed.group().name();
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(title, BlockLimits.MAX_HEADER_TEXT)))));
        List<Submission> submissions = listed.submissions();
        int shown = Math.min(submissions.size(), MAX_LISTED);
        for (Submission s : submissions.subList(0, shown)) {
            blocks.add(section(b -> b.text(markdownText(BlockLimits.fit(line(s, names), BlockLimits.MAX_SECTION_TEXT)))));
        }
        String more = submissions.isEmpty() ? "Nothing here. " + Mrkdwn.code(GoodPracticeCommands.SUBMIT_FORM) + " adds one.\n"
                : shown < submissions.size() ? "…and " + (submissions.size() - shown) + " more.\n" : "";
        String counts = listed.strandCounts().entrySet().stream()
                .map(e -> Mrkdwn.escape(e.getKey()) + " " + e.getValue()).collect(Collectors.joining(" · "));
        blocks.add(context(c -> c.elements(List.of(markdownText(BlockLimits.fit(more + counts, BlockLimits.MAX_CONTEXT_TEXT))))));
        return SlackMessage.withPlainText(title + ": " + submissions.size(), blocks);
    }

    static SlackMessage shown(GoodPracticeService.Changed shown, Names names) {
        Submission s = shown.submission();
        String status = switch (s.status()) {
            case SUBMITTED -> "new";
            case TABLED -> "tabled for " + (s.meetingId().isPresent() ? "this meeting" : "the next meeting");
            case DISCUSSED -> "discussed";
            case WITHDRAWN -> "withdrawn";
        };
        String from = "From " + Mrkdwn.person(s.submitter(), names) + " · submitted "
                + ActionBlocks.DAY.format(s.submittedAt().atZone(shown.group().zone()));
        return SlackMessage.withPlainText(s.ref() + ": " + s.title(), List.of(
                header(h -> h.text(plainText(BlockLimits.fit(s.ref() + " — " + status, BlockLimits.MAX_HEADER_TEXT)))),
                section(b -> b.text(markdownText(BlockLimits.fit(details(s), BlockLimits.MAX_SECTION_TEXT)))),
                context(c -> c.elements(List.of(markdownText(BlockLimits.fit(from, BlockLimits.MAX_CONTEXT_TEXT)))))));
    }

    /** The strands, their aliases and the principles, for the end of /themegroup show. */
    public static String settings(GoodPracticeSettings settings) {
        String principles = settings.principles().isEmpty() ? "none set"
                : Mrkdwn.escape(String.join(", ", settings.principles()));
        return "*Strands:* " + Mrkdwn.escape(settings.strands().describe()) + "\n*Principles:* " + principles;
    }

    public static SlackMessage settingsChanged(GoodPracticeSettingsService.Changed changed) {
        return Replies.text(":white_check_mark: *" + Mrkdwn.escape(changed.group().name()) + "*\n" + settings(changed.settings()));
    }

    /** The "Sharing Good Practice" part of a meeting's start message; none when nothing is tabled. */
    public static Optional<LayoutBlock> agendaItem(List<Tabling.Tabled> tabled, Names names) {
        if (tabled.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("*" + Tabling.ITEM_TITLE + "* — tabled for this meeting (" + tabled.size() + "):");
        for (Tabling.Tabled t : tabled) {
            text.append("\n*").append(t.ref()).append("* ").append(Mrkdwn.escape(t.text().replace("\n", " — ")))
                    .append(" — _").append(Mrkdwn.person(t.submitter(), names)).append('_');
        }
        return Optional.of(section(b -> b.text(markdownText(BlockLimits.fit(text.toString(), BlockLimits.MAX_SECTION_TEXT)))));
    }

    /** One submission in a list: ref, title, submitter, strands and status. */
    private static String line(Submission s, Names names) {
        String strands = s.strands().isEmpty() ? "no strand" : String.join(", ", s.strands());
        return "*" + s.ref() + "* " + Mrkdwn.escape(s.title()) + "\n_" + Mrkdwn.person(s.submitter(), names) + "_ · "
                + Mrkdwn.escape(strands) + " · " + s.status().storeName();
    }

    /** Title in bold, then description, link, strands and principle. */
    private static String details(Submission s) {
        StringBuilder text = new StringBuilder("*").append(Mrkdwn.escape(s.title())).append('*');
        if (!s.description().isEmpty()) {
            text.append('\n').append(Mrkdwn.escape(s.description()));
        }
        if (!s.link().isEmpty()) {
            text.append('\n').append(Mrkdwn.escape(s.link()));
        }
        text.append("\n*Strands:* ").append(s.strands().isEmpty() ? "none given" : Mrkdwn.escape(String.join(", ", s.strands())));
        s.principle().ifPresent(p -> text.append("\n*Principle:* ").append(Mrkdwn.escape(p)));
        return text.toString();
    }
}
