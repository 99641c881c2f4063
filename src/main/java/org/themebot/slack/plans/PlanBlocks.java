package org.themebot.slack.plans;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.themebot.people.Names;
import org.themebot.plans.LinkedAction;
import org.themebot.plans.PlanItem;
import org.themebot.plans.PlanReview;
import org.themebot.plans.PlanRules;
import org.themebot.plans.PlanService;
import org.themebot.plans.PlanStatus;
import org.themebot.plans.PlanText;
import org.themebot.plans.ReviewCadence;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.ListSection;
import org.themebot.slack.MessageKind;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.Replies;
import org.themebot.slack.SlackMessage;

/** Block Kit for the action plan: pure functions from the plan's results to messages. */
public final class PlanBlocks {

    /** What happened to an objective. */
    public enum Change {
        ADDED, EDITED, STATUS, MEASURED
    }

    /** A change to an objective, and who made it: what the channel is told. */
    public record PlanChange(PlanService.Changed changed, String actorId, Change change) {
    }

    /** Objectives added, edited, given a status or ticked, posted in the group's channel. */
    public static final MessageKind<PlanChange> CHANGED = MessageKind.of("plan.changed", PlanChange.class,
            PlanBlocks::changed);
    /** A review comment, posted in the group's channel. */
    public static final MessageKind<PlanService.Reviewed> REVIEWED = MessageKind.of("plan.reviewed",
            PlanService.Reviewed.class, PlanBlocks::reviewed);
    public static final List<MessageKind<?>> KINDS = List.of(CHANGED, REVIEWED, PlanImportBlocks.IMPORTED);

    /** Objectives per list: each its own section, well inside Slack's 50 blocks. */
    static final int LIST_SHOWN = 40;
    /** An objective's text in a one-line mention (a digest, a meeting's start). */
    static final int SHORT_TEXT = 120;
    /** Objectives named on one line of the digest before "and N more". */
    static final int DIGEST_NAMED = 5;

    private PlanBlocks() {
    }

    static SlackMessage changed(PlanChange change, Names names) {
        PlanItem item = change.changed().item();
        String who = Mrkdwn.user(change.actorId(), names);
        String head = switch (change.change()) {
            case ADDED -> ":dart: *" + item.ref() + "* added to the action plan by " + who;
            case EDITED -> ":pencil2: *" + item.ref() + "* edited by " + who;
            case STATUS -> status(item.status()) + " *" + item.ref() + "* is now *" + item.status().label() + "* ("
                    + who + ")";
            case MEASURED -> ":ballot_box_with_check: *" + item.ref() + "* measurables updated by " + who + ": "
                    + item.measurablesDone() + " of " + item.measurables().size() + " done";
        };
        StringBuilder text = new StringBuilder(head).append('\n').append(Mrkdwn.escape(item.objective()));
        switch (change.change()) {
            case ADDED, EDITED -> text.append('\n').append(timescaleAndLead(item, names));
            case STATUS -> item.statusComment().ifPresent(c -> text.append("\n> ").append(quote(c)));
            case MEASURED -> text.append('\n').append(String.join("\n", measurables(item)));
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(text.toString(), BlockLimits.MAX_SECTION_TEXT)))));
        if (change.change() == Change.ADDED && (item.methodology().isEmpty() || item.measurables().isEmpty())) {
            blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.code("/plan edit " + item.ref())
                    + " adds its methodology and measurables.")))));
        }
        return SlackMessage.withPlainText(item.ref() + " " + change.change().name().toLowerCase(Locale.ROOT)
                + ": " + item.objective(), blocks);
    }

    static SlackMessage reviewed(PlanService.Reviewed reviewed, Names names) {
        PlanItem item = reviewed.item();
        String at = reviewed.meeting().map(m -> " at meeting " + m.ref()).orElse("");
        String text = ":memo: *" + item.ref() + "* reviewed by " + Mrkdwn.user(reviewed.review().userId(), names) + at
                + "\n" + Mrkdwn.escape(item.objective()) + "\n> " + quote(reviewed.review().text());
        return SlackMessage.withPlainText(item.ref() + " reviewed: " + reviewed.review().text(), List.of(
                section(s -> s.text(markdownText(BlockLimits.fit(text, BlockLimits.MAX_SECTION_TEXT))))));
    }

    /** {@code /plan list}: one section per objective, with its status, timescale and lead. */
    static SlackMessage list(PlanService.Listed listed, Names names) {
        String title = listed.filter().title() + " — " + listed.group().name();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(title, BlockLimits.MAX_HEADER_TEXT)))));
        List<PlanItem> items = listed.items();
        if (items.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("None. " + Mrkdwn.code("/plan add <objective> | <lead> | <timescale>")
                    + " adds an objective; " + Mrkdwn.code("/plan list all") + " shows every one."))));
            return SlackMessage.withPlainText(title + ": none", blocks);
        }
        int shown = Math.min(LIST_SHOWN, items.size());
        for (PlanItem item : items.subList(0, shown)) {
            String line = "*" + item.ref() + "* " + Mrkdwn.escape(BlockLimits.fit(item.objective(), ListSection.LINE_TEXT))
                    + "\n_" + item.status().label() + "_ · " + timescaleAndLead(item, names)
                    + (item.measurables().isEmpty() ? "" : " · " + item.measurablesDone() + " of "
                    + item.measurables().size() + " measurables done");
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(line, BlockLimits.MAX_SECTION_TEXT)))));
        }
        String more = shown < items.size() ? "…and " + (items.size() - shown) + " more: " + Mrkdwn.code("/plan export")
                + " gives them all. " : "";
        blocks.add(context(c -> c.elements(List.of(markdownText(more + items.size()
                + (items.size() == 1 ? " objective. " : " objectives. ") + Mrkdwn.code("/plan show <ref>")
                + " shows one in full.")))));
        return SlackMessage.withPlainText(title + ": " + items.size(), blocks);
    }

    /** {@code /plan show}: the five columns, the review history (latest kept when long), and the linked actions. */
    static SlackMessage shown(PlanService.Shown shown, Names names) {
        PlanItem item = shown.item();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(item.ref() + " — " + item.status().label(),
                BlockLimits.MAX_HEADER_TEXT)))));
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(Mrkdwn.escape(item.objective()),
                BlockLimits.MAX_SECTION_TEXT)))));
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(timescaleAndLead(item, names),
                BlockLimits.MAX_SECTION_TEXT)))));
        if (!item.methodology().isEmpty()) {
            blocks.add(latest("*Methodology*", item.methodology().stream().map(m -> "• " + Mrkdwn.escape(m)).toList()));
        }
        if (!item.measurables().isEmpty()) {
            blocks.add(latest("*Measurables / Outputs*", measurables(item)));
        }
        List<String> outcomes = new ArrayList<>();
        outcomes.add("Status: " + item.status().label() + item.statusComment().map(c -> ": " + Mrkdwn.escape(c)).orElse(""));
        for (PlanReview review : shown.reviews()) {
            outcomes.add(PlanText.day(review.day(shown.group().zone())) + " · " + Mrkdwn.user(review.userId(), names)
                    + ": " + Mrkdwn.escape(review.text()));
        }
        blocks.add(latest("*Outcomes* (review comments, oldest first)", outcomes));
        if (!shown.actions().isEmpty()) {
            List<String> actions = new ArrayList<>();
            shown.doneActions().forEach(a -> actions.add(actionLine(a, "done")));
            shown.openActions().forEach(a -> actions.add(actionLine(a, "open")));
            shown.actions().stream().filter(a -> !a.done() && !a.isOpen()).forEach(a -> actions.add(actionLine(a, a.status())));
            blocks.add(latest("*Actions* (" + shown.doneActions().size() + " done, " + shown.openActions().size()
                    + " open)", actions));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.code("/plan review " + item.ref() + " <comment>")
                + " adds a review · " + Mrkdwn.code("/action link <action ref> " + item.ref()) + " links an action")))));
        return SlackMessage.withPlainText(item.ref() + ": " + item.objective(), blocks);
    }

    public static SlackMessage linked(PlanService.Linked linked) {
        return Replies.text(":link: *" + linked.action().ref() + "* now serves the plan's *" + linked.item().ref() + "* "
                + Mrkdwn.escape(BlockLimits.fit(linked.item().objective(), SHORT_TEXT)) + ".");
    }

    public static SlackMessage cadenceSet(ReviewCadence cadence) {
        return Replies.text(":dart: *Plan reviews:* " + switch (cadence) {
            case EVERY -> "each meeting lists every open objective for review when it starts.";
            case QUARTERLY -> "each meeting lists the open objectives not reviewed in the three months before it.";
            case OFF -> "meetings no longer list objectives for review.";
        });
    }

    /** The weekly digest's plan line; nothing when no objective needs a look. */
    public static Optional<LayoutBlock> digestSection(PlanRules.DigestLine line) {
        if (line.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(":dart: *Action plan* — ").append(Mrkdwn.code("/plan list all"));
        named(text, "At risk", line.atRisk(), item -> "");
        named(text, "Ending within 30 days", line.endingSoon(),
                item -> item.timescale().end().map(end -> " (" + PlanText.day(end) + ")").orElse(""));
        named(text, "No review for 90 days", line.unreviewed(), item -> "");
        return Optional.of(section(s -> s.text(markdownText(BlockLimits.fit(text.toString(), BlockLimits.MAX_SECTION_TEXT)))));
    }

    /**
     * The objectives a meeting reviews, under its matters arising: a titled list, and how to
     * record a review (two blocks; none when there is nothing to review).
     */
    public static List<LayoutBlock> toReview(List<PlanItem> items) {
        List<LayoutBlock> blocks = new ArrayList<>();
        ListSection.add(blocks, ":dart: *Plan objectives to review*", items, Integer.MAX_VALUE,
                item -> "*" + item.ref() + "* " + Mrkdwn.escape(BlockLimits.fit(item.objective(), SHORT_TEXT)) + " — "
                        + item.status().label(), "/plan list due");
        if (!blocks.isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.code("/plan review <ref> <comment>")
                    + " records a review, dated, in the plan and in these notes.")))));
        }
        return blocks;
    }

    // ---- parts

    private static void named(StringBuilder text, String label, List<PlanItem> items, Function<PlanItem, String> suffix) {
        if (items.isEmpty()) {
            return;
        }
        String names = items.stream().limit(DIGEST_NAMED)
                .map(item -> "*" + item.ref() + "* " + Mrkdwn.escape(BlockLimits.fit(item.objective(), SHORT_TEXT))
                        + suffix.apply(item))
                .collect(Collectors.joining(" · "));
        text.append("\n• ").append(label).append(" (").append(items.size()).append("): ").append(names);
        if (items.size() > DIGEST_NAMED) {
            text.append(" and ").append(items.size() - DIGEST_NAMED).append(" more");
        }
    }

    /** "*Timescale:* April 2008 – March 2010 · *Lead:* Sue Bent". */
    static String timescaleAndLead(PlanItem item, Names names) {
        String timescale = item.timescale().text().isEmpty() ? "no date" : Mrkdwn.escape(item.timescale().text());
        return "*Timescale:* " + timescale + " · *Lead:* "
                + item.lead().map(lead -> Mrkdwn.person(lead, names)).orElse("none named");
    }

    /** One line per measurable: "✓ 1. Audit completed" or "• 2. Event held". */
    private static List<String> measurables(PlanItem item) {
        return item.measurables().stream()
                .map(m -> (m.done() ? "✓ " : "• ") + m.number() + ". " + Mrkdwn.escape(m.text()))
                .toList();
    }

    private static String actionLine(LinkedAction action, String state) {
        return (action.done() ? "✓ " : "• ") + "*" + action.ref() + "* "
                + Mrkdwn.escape(BlockLimits.fit(action.text(), ListSection.LINE_TEXT)) + " — " + state;
    }

    /** A titled section of lines; when they do not all fit, the latest are kept and the rest counted. */
    private static LayoutBlock latest(String title, List<String> lines) {
        int room = BlockLimits.MAX_SECTION_TEXT - title.length() - 40;
        List<String> kept = new ArrayList<>();
        int used = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = BlockLimits.fit(lines.get(i), room);
            if (used + line.length() + 1 > room) {
                break;
            }
            kept.add(0, line);
            used += line.length() + 1;
        }
        int earlier = lines.size() - kept.size();
        String text = title + (earlier > 0 ? "\n…" + earlier + " earlier not shown" : "") + "\n" + String.join("\n", kept);
        return section(s -> s.text(markdownText(text)));
    }

    private static String quote(String plain) {
        return Mrkdwn.escape(plain).replace("\n", "\n> ");
    }

    private static String status(PlanStatus status) {
        return switch (status) {
            case ON_TRACK -> ":large_green_circle:";
            case AT_RISK -> ":warning:";
            case ACHIEVED -> ":tada:";
            case DROPPED -> ":heavy_multiplication_x:";
        };
    }
}
