package org.themebot.slack;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import java.util.List;
import org.themebot.groups.GroupService;
import org.themebot.groups.ThemeGroup;

/** Block Kit for a theme group's settings. */
final class GroupBlocks {

    private GroupBlocks() {
    }

    static SlackMessage setUp(GroupService.Setup setup) {
        ThemeGroup g = setup.group();
        String text = (setup.created() ? ":tada: This channel is now the home of *" : ":white_check_mark: Updated *")
                + Mrkdwn.escape(g.name()) + "*.\n" + roles(g)
                + (setup.created() ? "\nRecord actions with " + Mrkdwn.code("/action add <text> | <who> | <timescale>")
                        + "; " + Mrkdwn.code("/themebot help") + " lists every command." : "");
        return Replies.text(text);
    }

    /** The group's settings; goodPractice is the strands and principles part, already mrkdwn. */
    static SlackMessage show(ThemeGroup g, String goodPractice) {
        String details = roles(g) + "\n*Time zone:* " + g.zone().getId() + "\n" + goodPractice;
        return SlackMessage.withPlainText(g.name(), List.of(
                header(h -> h.text(plainText(BlockLimits.fit(g.name(), BlockLimits.MAX_HEADER_TEXT)))),
                section(s -> s.text(markdownText(BlockLimits.fit(details, BlockLimits.MAX_SECTION_TEXT))))));
    }

    static SlackMessage timeZone(ThemeGroup g) {
        return Replies.text(":clock9: *" + Mrkdwn.escape(g.name()) + "* now keeps time in *" + g.zone().getId() + "*.");
    }

    private static String roles(ThemeGroup g) {
        return "*Chair:* " + Mrkdwn.mentions(g.chairs()) + "\n*Secretary:* " + Mrkdwn.mentions(g.secretaries());
    }
}
