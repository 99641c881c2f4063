package org.themebot.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.themebot.commands.CommandError;
import org.themebot.commands.NotAllowed;

/** Small messages every feature uses: errors, plain confirmations. */
final class Replies {

    private Replies() {
    }

    /** What was wrong, who may do it (for refusals), and the correct form. */
    static SlackMessage error(CommandError error) {
        StringBuilder text = new StringBuilder(":warning: ").append(Mrkdwn.escape(error.getMessage()));
        if (error instanceof NotAllowed refusal) {
            text.append("\nAsk ").append(Mrkdwn.mentions(refusal.allowedUserIds())).append('.');
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(text.toString(), BlockLimits.MAX_SECTION_TEXT)))));
        String form = error.correctForm();
        if (form != null && !form.isBlank()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("Use: " + Mrkdwn.code(form))))));
        }
        String plain = error.getMessage() + (form == null || form.isBlank() ? "" : " Use: " + form);
        return SlackMessage.withPlainText(plain, blocks);
    }

    /** One mrkdwn section, for short confirmations. */
    static SlackMessage text(String mrkdwn) {
        return new SlackMessage(mrkdwn, List.of(
                section(s -> s.text(markdownText(BlockLimits.fit(mrkdwn, BlockLimits.MAX_SECTION_TEXT))))));
    }
}
