package org.themebot.slack.reminders;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.themebot.actions.Action;
import org.themebot.reminders.RoundupAnswer;
import org.themebot.people.Names;
import org.themebot.reminders.RoundupService;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.ListSection;
import org.themebot.slack.MessageKind;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.SlackMessage;
import org.themebot.slack.actions.ActionBlocks;

/** The pre-meeting round-up DM (an owner's open actions, each with four answers) and the chairs' roll-up. */
public final class RoundupBlocks {

    /** An owner's round-up DM, and the same DM updated after an answer. */
    public static final MessageKind<RoundupService.OwnerRoundup> ROUNDUP = MessageKind.of("roundup",
            RoundupService.OwnerRoundup.class, (roundup, names) -> roundup(roundup));
    /** The chairs' roll-up of the answers, the day before the meeting. */
    public static final MessageKind<RoundupService.Rollup> ROLLUP = MessageKind.of("rollup",
            RoundupService.Rollup.class, RoundupBlocks::rollup);

    /** Answer buttons: this prefix and the answer's store name; the value is "actionId@meeting date". */
    static final String ANSWER = "roundup_";
    /** Header, intro and footer, then two blocks per action. */
    static final int MAX_ITEMS = (BlockLimits.MAX_BLOCKS - 4) / 2;

    private RoundupBlocks() {
    }

    static SlackMessage roundup(RoundupService.OwnerRoundup roundup) {
        String meeting = ActionBlocks.DAY.format(roundup.meetingDate());
        String title = "Round-up before the meeting on " + meeting;
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(title, BlockLimits.MAX_HEADER_TEXT)))));
        String intro = "*" + Mrkdwn.escape(BlockLimits.fit(roundup.group().name(), 200)) + "* meets on " + meeting
                + ". How do your open actions stand? Your answers go into each action's history, and the chair sees "
                + "them before the meeting.";
        blocks.add(section(s -> s.text(markdownText(intro))));
        List<RoundupService.Item> items = roundup.items();
        int shown = Math.min(items.size(), MAX_ITEMS);
        for (RoundupService.Item item : items.subList(0, shown)) {
            Action a = item.action();
            String text = "*" + a.ref() + "* " + Mrkdwn.escape(BlockLimits.fit(a.text(), 1000))
                    + item.onBehalfOf().map(n -> " _(on behalf of " + Mrkdwn.escape(n) + ")_").orElse("")
                    + "\n" + ActionBlocks.timescale(a)
                    + item.answer().map(ans -> " · your answer: *" + ans.label() + "*").orElse("");
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(text, BlockLimits.MAX_SECTION_TEXT)))));
            if (a.isOpen()) {
                String value = a.id() + "@" + roundup.meetingDate();
                List<BlockElement> buttons = Arrays.stream(RoundupAnswer.values())
                        .map(ans -> (BlockElement) button(b -> b.actionId(ANSWER + ans.storeName()).value(value)
                                .text(plainText(ans.label()))))
                        .toList();
                blocks.add(actions(x -> x.blockId("roundup-" + a.id()).elements(buttons)));
            }
        }
        String footer = (shown < items.size() ? "…and " + (items.size() - shown) + " more: "
                + Mrkdwn.code("/action list mine") + " in <#" + roundup.group().channelId() + ">. " : "")
                + Mrkdwn.code("/action update <ref> <progress>") + " adds more detail.";
        blocks.add(context(c -> c.elements(List.of(markdownText(footer)))));
        return SlackMessage.withPlainText(title + ": " + items.size() + " open action" + (items.size() == 1 ? "" : "s"),
                blocks);
    }

    static SlackMessage rollup(RoundupService.Rollup rollup, Names names) {
        String title = "Round-up answers for the meeting on " + ActionBlocks.DAY.format(rollup.meetingDate());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(title, BlockLimits.MAX_HEADER_TEXT)))));
        String summary = "*" + Mrkdwn.escape(BlockLimits.fit(rollup.group().name(), 200)) + "* · "
                + rollup.answers().size() + " of " + rollup.actions().size() + " actions answered";
        blocks.add(context(c -> c.elements(List.of(markdownText(summary)))));
        for (RoundupAnswer answer : RoundupAnswer.values()) {
            ListSection.add(blocks, "*" + answer.label() + "*", answered(rollup, Optional.of(answer)), Integer.MAX_VALUE,
                    a -> ListSection.actionLine(a, names), "/action list");
        }
        ListSection.add(blocks, "*No answer yet*", answered(rollup, Optional.empty()), Integer.MAX_VALUE,
                a -> ListSection.actionLine(a, names), "/action list");
        if (rollup.actions().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("No open actions to report on."))));
        }
        return SlackMessage.withPlainText(title, blocks);
    }

    /** Matters arising: how an action was answered in the round-up, if it was. */
    public static String answerNote(Optional<RoundupAnswer> answer) {
        return answer.map(a -> " · round-up: *" + a.label().toLowerCase(Locale.UK) + "*").orElse("");
    }

    private static List<Action> answered(RoundupService.Rollup rollup, Optional<RoundupAnswer> answer) {
        return rollup.actions().stream()
                .filter(a -> Optional.ofNullable(rollup.answers().get(a.id())).equals(answer))
                .toList();
    }
}
