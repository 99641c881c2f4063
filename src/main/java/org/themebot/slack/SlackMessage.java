package org.themebot.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A message as Slack takes it: Block Kit blocks, and the fallback text notifications and screen
 * readers use. Slack reads that text as mrkdwn too, so it is kept escaped: build messages from
 * plain text with {@link #withPlainText}. A value: its blocks are not changed once it is built.
 */
public final class SlackMessage {

    /** The SDK's own Gson, which knows how Block Kit serialises (snake_case, type fields). */
    public static final Gson GSON = GsonFactory.createSnakeCase();

    private final String text;
    private final List<LayoutBlock> blocks;
    /**
     * This message as an ack's body, made on first use and kept: help is one message answered
     * again and again, and its 7 KB of JSON cost more than the rest of its ack.
     */
    private volatile byte[] ackBody;

    public SlackMessage(String text, List<LayoutBlock> blocks) {
        this.text = text;
        this.blocks = List.copyOf(blocks);
        if (this.blocks.size() > BlockLimits.MAX_BLOCKS) {
            throw new IllegalArgumentException(blocks.size() + " blocks: Slack takes at most " + BlockLimits.MAX_BLOCKS);
        }
    }

    public static SlackMessage withPlainText(String plain, List<LayoutBlock> blocks) {
        return new SlackMessage(Mrkdwn.escape(plain), blocks);
    }

    public String text() {
        return text;
    }

    public List<LayoutBlock> blocks() {
        return blocks;
    }

    public String blocksJson() {
        return GSON.toJson(blocks);
    }

    /** For one person only (an ack's body, a response_url post), replacing their message or not. */
    public String ephemeralJson(boolean replaceOriginal) {
        JsonObject json = new JsonObject();
        json.addProperty("response_type", "ephemeral");
        json.addProperty("text", text);
        json.add("blocks", GSON.toJsonTree(blocks));
        if (replaceOriginal) {
            json.addProperty("replace_original", true);
        }
        return json.toString();
    }

    /** {@link #ephemeralJson} as the UTF-8 body of an ack. */
    public byte[] ackBody() {
        byte[] body = ackBody;
        if (body == null) { // two threads may both make it: the same bytes either way
            body = ephemeralJson(false).getBytes(StandardCharsets.UTF_8);
            ackBody = body;
        }
        return body;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlackMessage that && text.equals(that.text) && blocks.equals(that.blocks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, blocks);
    }

    @Override
    public String toString() {
        return "SlackMessage[text=" + text + ", blocks=" + blocks + "]";
    }
}
