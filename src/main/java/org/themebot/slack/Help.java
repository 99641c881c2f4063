package org.themebot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Help, made from the command tables so it always matches what the commands accept: for each
 * subcommand what it does in plain words with a real example, and its exact form a line below.
 */
public final class Help {

    /** What the short refs mean, said once wherever help is shown. */
    static final String REFS = "A3, M2, G1, P2: each action, meeting, good-practice example and plan objective gets "
            + "a short ref (A for actions, M for meetings, G for good practice, P for the plan) that later commands use.";
    static final String WHO = "Who: @people, names of people outside Slack, or ALL — separated by commas, "
            + "/ or \"and\". The parts of a command are separated by |.";

    private Help() {
    }

    /** Every command, in brief. */
    public static SlackMessage all(List<CommandTable> tables) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        for (CommandTable table : tables) {
            blocks.addAll(sections(table));
            plain.append(table.command()).append(": ").append(table.about()).append('\n');
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(REFS)), markdownText(Mrkdwn.escape(WHO))))));
        return SlackMessage.withPlainText(plain.toString().strip(), blocks);
    }

    static SlackMessage forTable(CommandTable table) {
        List<LayoutBlock> blocks = new ArrayList<>(sections(table));
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(REFS)), markdownText(Mrkdwn.escape(WHO))))));
        return SlackMessage.withPlainText(table.command() + ": " + table.about(), blocks);
    }

    /** A word the command does not know, the nearest subcommand it does, and its help. */
    static SlackMessage unknownSubcommand(CommandTable table, String typed, Optional<Subcommand> nearest) {
        String guess = nearest.map(s -> " — did you mean " + Mrkdwn.code(s.name()) + "?").orElse(".");
        String lead = ":warning: I don't know " + Mrkdwn.code(typed) + guess;
        String plain = "I don't know " + typed + nearest.map(s -> " — did you mean " + s.name() + "?").orElse(".");
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(lead, BlockLimits.MAX_SECTION_TEXT)))));
        blocks.addAll(sections(table));
        return new SlackMessage(Mrkdwn.escape(plain), blocks);
    }

    /**
     * The command and what it is for, then each subcommand: what it does with an example, and its
     * exact form; in as many sections as Slack's 3,000 characters a section need, split between subcommands.
     */
    private static List<LayoutBlock> sections(CommandTable table) {
        List<String> parts = new ArrayList<>();
        parts.add("*" + table.command() + "* — " + Mrkdwn.escape(table.about()));
        for (Subcommand s : table.subcommands()) {
            StringBuilder part = new StringBuilder("\n• *").append(s.name()).append("* — ").append(Mrkdwn.escape(s.summary()));
            for (String example : s.examples()) {
                part.append("  e.g. ").append(Mrkdwn.code(example));
            }
            parts.add(part.append("\n      _form:_ ").append(Mrkdwn.code(s.form())).toString());
        }
        List<String> texts = new ArrayList<>(List.of(""));
        for (String part : parts) {
            String last = texts.get(texts.size() - 1);
            if (!last.isEmpty() && last.length() + part.length() > BlockLimits.MAX_SECTION_TEXT) {
                texts.add(part.strip());
            } else {
                texts.set(texts.size() - 1, last + part);
            }
        }
        return texts.stream().<LayoutBlock>map(text ->
                section(s -> s.text(markdownText(BlockLimits.fit(text, BlockLimits.MAX_SECTION_TEXT))))).toList();
    }
}
