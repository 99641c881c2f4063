package org.themebot.slack;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/**
 * A message as Slack takes it: Block Kit blocks, and the fallback text notifications and screen
 * readers use. Slack reads that text as mrkdwn too, so it is kept escaped: build messages from
 * plain text with {@link #withPlainText}.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    public static SlackMessage withPlainText(String plain, List<LayoutBlock> blocks) {
        return new SlackMessage(Mrkdwn.escape(plain), blocks);
    }

    /** The SDK's own Gson, which knows how Block Kit serialises (snake_case, type fields). */
    public static final Gson GSON = GsonFactory.createSnakeCase();

    public SlackMessage {
        blocks = List.copyOf(blocks);
        if (blocks.size() > BlockLimits.MAX_BLOCKS) {
            throw new IllegalArgumentException(blocks.size() + " blocks: Slack takes at most " + BlockLimits.MAX_BLOCKS);
        }
    }

    public String blocksJson() {
        return GSON.toJson(blocks);
    }
}
