package org.themebot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(table(table), BlockLimits.MAX_SECTION_TEXT)))));
            plain.append(table.command()).append(": ").append(table.about()).append('\n');
        }
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(REFS)), markdownText(Mrkdwn.escape(WHO))))));
        return SlackMessage.withPlainText(plain.toString().strip(), blocks);
    }

    /** One command's help; empty when no table has that name ("action" or "/action"). */
    public static Optional<SlackMessage> forCommand(List<CommandTable> tables, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        String withSlash = wanted.startsWith("/") ? wanted : "/" + wanted;
        return tables.stream().filter(t -> t.command().equals(withSlash)).findFirst().map(Help::forTable);
    }

    static SlackMessage forTable(CommandTable table) {
        return SlackMessage.withPlainText(table.command() + ": " + table.about(), List.of(
                section(s -> s.text(markdownText(BlockLimits.fit(table(table), BlockLimits.MAX_SECTION_TEXT)))),
                context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(REFS)), markdownText(Mrkdwn.escape(WHO)))))));
    }

    /** A word the command does not know, the nearest subcommand it does, and its help. */
    static SlackMessage unknownSubcommand(CommandTable table, String typed, Optional<Subcommand> nearest) {
        String guess = nearest.map(s -> " — did you mean " + Mrkdwn.code(s.name()) + "?").orElse(".");
        String lead = ":warning: I don't know " + Mrkdwn.code(typed) + guess;
        String plain = "I don't know " + typed + nearest.map(s -> " — did you mean " + s.name() + "?").orElse(".");
        return new SlackMessage(Mrkdwn.escape(plain), List.of(
                section(s -> s.text(markdownText(BlockLimits.fit(lead, BlockLimits.MAX_SECTION_TEXT)))),
                section(s -> s.text(markdownText(BlockLimits.fit(table(table), BlockLimits.MAX_SECTION_TEXT))))));
    }

    /** The command and what it is for, then each subcommand: what it does with an example, and its exact form. */
    private static String table(CommandTable table) {
        StringBuilder text = new StringBuilder("*").append(table.command()).append("* — ")
                .append(Mrkdwn.escape(table.about()));
        for (Subcommand s : table.subcommands()) {
            text.append("\n• *").append(s.name()).append("* — ").append(Mrkdwn.escape(s.summary()));
            for (String example : s.examples()) {
                text.append("  e.g. ").append(Mrkdwn.code(example));
            }
            text.append("\n      _form:_ ").append(Mrkdwn.code(s.form()));
        }
        return text.toString();
    }
}
