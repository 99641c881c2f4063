package org.themebot.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.function.Function;
import org.themebot.actions.Action;
import org.themebot.people.Names;

/** A titled list (of actions, of submissions) in one section block, cut to fit with "…and N more" and the command that lists the rest. */
public final class ListSection {

    /** Room kept in a section for its "…and N more" line. */
    private static final int MORE_LINE_ROOM = 150;

    /** An item's text in a list line is cut to this, so one long text cannot crowd out the rest. */
    public static final int LINE_TEXT = 200;

    private ListSection() {
    }

    /** An action as a list line: ref, text, owners. */
    public static String actionLine(Action a, Names names) {
        return "*" + a.ref() + "* " + Mrkdwn.escape(BlockLimits.fit(a.text(), LINE_TEXT)) + " — "
                + Mrkdwn.people(a.owners(), names, " / ", "no owner yet");
    }

    /** Adds the section (nothing when there are no actions): at most {@code shown} lines, and as many as fit. */
    public static <T> void add(List<LayoutBlock> blocks, String title, List<T> items, int shown,
                        Function<T, String> line, String listCommand) {
        if (items.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(title).append(" (").append(items.size()).append(")");
        int listed = 0;
        for (T a : items) {
            String next = "\n• " + line.apply(a);
            if (listed == shown || text.length() + next.length() > BlockLimits.MAX_SECTION_TEXT - MORE_LINE_ROOM) {
                break;
            }
            text.append(next);
            listed++;
        }
        if (listed < items.size()) {
            text.append("\n…and ").append(items.size() - listed).append(" more: ").append(Mrkdwn.code(listCommand));
        }
        blocks.add(section(s -> s.text(markdownText(text.toString()))));
    }
}
