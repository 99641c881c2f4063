package org.themebot.slack.reminders;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.themebot.actions.Action;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;
import org.themebot.reminders.ReminderSweep;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.MessageKind;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.SlackMessage;
import org.themebot.slack.actions.ActionBlocks;

/** The reminder DM, with its Done / Snooze a week / Add update buttons, and how it reads after one is pressed. */
final class ReminderBlocks {

    /** One recipient's reminder of one action. */
    record ReminderDm(ReminderSweep.DueReminder due, ReminderSweep.Recipient recipient) {
    }

    /** A reminder or round-up DM after a button did its work. */
    record Pressed(ThemeGroup group, Action action, String outcome) {
    }

    static final MessageKind<ReminderDm> REMINDER = MessageKind.of("reminder", ReminderDm.class,
            (dm, names) -> reminder(dm.due(), dm.recipient(), names));
    static final MessageKind<Pressed> PRESSED = MessageKind.of("reminder.pressed", Pressed.class,
            (pressed, names) -> afterPress(pressed.group(), pressed.action(), pressed.outcome(), names));


    private ReminderBlocks() {
    }

    /** The DM one recipient gets: what kind of reminder it is, said plainly, and the action. */
    static SlackMessage reminder(ReminderSweep.DueReminder due, ReminderSweep.Recipient recipient, Names names) {
        Action a = due.action();
        String headline = due.reminder().headline();
        String behalf = recipient.onBehalfOf().map(name -> " — on behalf of *" + Mrkdwn.escape(name) + "*").orElse("");
        String lead = ":alarm_clock: *" + a.ref() + " is " + headline + "*" + behalf;
        String plain = a.ref() + " is " + headline + recipient.onBehalfOf().map(n -> " (on behalf of " + n + ")").orElse("")
                + ": " + a.text();
        return SlackMessage.withPlainText(plain, blocks(lead, due.group(), a, true, names));
    }

    /** The same DM once a button did its work: the new state, and buttons only while the action is open. */
    static SlackMessage afterPress(ThemeGroup group, Action action, String outcome, Names names) {
        return SlackMessage.withPlainText(action.ref() + ": " + action.text(),
                blocks(outcome, group, action, action.isOpen(), names));
    }

    private static List<LayoutBlock> blocks(String lead, ThemeGroup group, Action a, boolean withButtons, Names names) {
        String body = lead + "\n" + Mrkdwn.escape(BlockLimits.fit(a.text(), 2000))
                + "\n*Who:* " + Mrkdwn.people(a.owners(), names, " / ", "no owner yet") + "  ·  *Timescale:* "
                + ActionBlocks.timescale(a);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(body, BlockLimits.MAX_SECTION_TEXT)))));
        if (withButtons) {
            String value = Long.toString(a.id());
            List<BlockElement> buttons = List.of(
                    button(b -> b.actionId(ReminderButtons.DONE).value(value).style("primary").text(plainText("Done"))),
                    button(b -> b.actionId(ReminderButtons.SNOOZE).value(value).text(plainText("Snooze a week"))),
                    button(b -> b.actionId(ReminderButtons.UPDATE).value(value).text(plainText("Add update"))));
            blocks.add(actions(x -> x.elements(buttons)));
        }
        String where = BlockLimits.fit(group.name(), 200);
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.escape(where) + " · <#" + group.channelId()
                + "> · " + Mrkdwn.code("/action show " + a.ref()) + " for its history")))));
        return blocks;
    }

    /** The line a pressed DM leads with: what was done and by whom, with its detail ("Snoozed by @Sue: until …"). */
    static String outcome(String emoji, String what, String actorId, Optional<String> detail) {
        return emoji + " *" + what + "* by " + Mrkdwn.mention(actorId)
                + detail.filter(d -> !d.isBlank()).map(d -> ": " + Mrkdwn.escape(BlockLimits.fit(d, 500))).orElse("");
    }
}
