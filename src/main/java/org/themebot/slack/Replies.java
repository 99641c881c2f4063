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
public final class Replies {

    /** A change the database would not take (read-only, full, unreachable): nothing was changed. */
    public static final SlackMessage NOT_SAVED = text(":x: I could not save that: the database is not taking changes "
            + "right now, so nothing was changed. Please try again later, and tell whoever runs themebot if it goes on.");
    /** Anything else that went wrong on themebot's side. */
    public static final SlackMessage FAILED = text(":x: Something went wrong on my side and nothing was changed. "
            + "Please try again in a moment.");

    private Replies() {
    }

    /** What was wrong, who may do it (for refusals), and the correct form. */
    public static SlackMessage error(CommandError error) {
        return error(error, "");
    }

    /** As {@link #error(CommandError)}, with {@code form} when the error names none. */
    public static SlackMessage error(CommandError error, String form) {
        // whom to ask instead, in the fallback text too: a Home tab's notice shows only that
        String ask = error instanceof NotAllowed refusal ? "Ask " + Mrkdwn.mentions(refusal.allowedUserIds()) + "." : "";
        StringBuilder text = new StringBuilder(":warning: ").append(Mrkdwn.escape(error.getMessage()));
        if (!ask.isEmpty()) {
            text.append('\n').append(ask);
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(text.toString(), BlockLimits.MAX_SECTION_TEXT)))));
        String correct = error.correctForm() == null || error.correctForm().isBlank() ? form : error.correctForm();
        if (!correct.isBlank() && !(error instanceof NotAllowed)) {
            blocks.add(context(c -> c.elements(List.of(markdownText("Use: " + Mrkdwn.code(correct))))));
        }
        String plain = error.getMessage() + (correct.isBlank() || error instanceof NotAllowed ? "" : " Use: " + correct);
        return new SlackMessage(Mrkdwn.escape(plain) + (ask.isEmpty() ? "" : " " + ask), blocks);
    }

    /** One mrkdwn section, for short confirmations. */
    public static SlackMessage text(String mrkdwn) {
        return new SlackMessage(mrkdwn, List.of(
                section(s -> s.text(markdownText(BlockLimits.fit(mrkdwn, BlockLimits.MAX_SECTION_TEXT))))));
    }
}
