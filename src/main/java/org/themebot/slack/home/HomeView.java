package org.themebot.slack.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.themebot.actions.Action;
import org.themebot.groups.ThemeGroup;
import org.themebot.home.HomeService;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.actions.ActionBlocks;
import org.themebot.slack.reminders.ReminderButtons;

/**
 * The App Home tab: a member's open actions across their groups, with Done / Snooze / Update
 * buttons and each one's next reminder, the groups they chair or minute, and at the top what
 * their last press there did. Pure: made from what {@link HomeService} read.
 */
public final class HomeView {

    /** Slack takes at most 100 blocks in a Home view: two per action, and room for the rest. */
    static final int MAX_BLOCKS = 100;
    static final int MAX_ACTIONS = (MAX_BLOCKS - 10) / 2;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.UK);

    private HomeView() {
    }

    public static View view(HomeService.Home home, Optional<String> notice) {
        List<LayoutBlock> blocks = new ArrayList<>();
        notice.ifPresent(n -> blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(n, BlockLimits.MAX_SECTION_TEXT))))));
        List<HomeService.Item> items = home.actions();
        blocks.add(header(h -> h.text(plainText("Your open actions (" + items.size() + ")"))));
        if (items.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("Nothing open for you. Actions agreed at your theme group's "
                    + "meetings appear here when you are one of their owners."))));
        }
        int shown = Math.min(items.size(), MAX_ACTIONS);
        for (HomeService.Item item : items.subList(0, shown)) {
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(line(item), BlockLimits.MAX_SECTION_TEXT)))));
            String value = Long.toString(item.action().id());
            List<BlockElement> buttons = List.of(
                    button(b -> b.actionId(ReminderButtons.DONE).value(value).style("primary").text(plainText("Done"))),
                    button(b -> b.actionId(ReminderButtons.SNOOZE).value(value).text(plainText("Snooze a week"))),
                    button(b -> b.actionId(ReminderButtons.UPDATE).value(value).text(plainText("Update"))));
            blocks.add(actions(a -> a.elements(buttons)));
        }
        if (shown < items.size()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + (items.size() - shown) + " more: "
                    + Mrkdwn.code("/action list mine") + " in each group's channel.")))));
        }
        blocks.add(divider());
        if (home.officerOf().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(secretaries(home), BlockLimits.MAX_SECTION_TEXT)))));
        } else {
            blocks.add(header(h -> h.text(plainText("Groups you chair or minute"))));
            String groups = String.join("\n", home.officerOf().stream().map(g -> role(g, home.userId())).toList());
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(groups, BlockLimits.MAX_SECTION_TEXT)))));
        }
        blocks.add(context(c -> c.elements(List.of(markdownText("Reminders come by DM before, on and after each due "
                + "date; " + Mrkdwn.code("/themebot help") + " lists every command.")))));
        return Views.view(v -> v.type("home").blocks(blocks));
    }

    /** For a member who is no group's officer: whom to ask (their group's secretary), not how to set one up. */
    private static String secretaries(HomeService.Home home) {
        if (home.groups().isEmpty()) {
            return "No theme group uses themebot in this workspace yet. A group's chair or secretary starts one with "
                    + Mrkdwn.code("/themegroup setup") + " in the group's channel.";
        }
        StringBuilder text = new StringBuilder("Your theme group's secretary records its meetings and actions; "
                + "ask them to add you as an owner or to change an action:");
        for (ThemeGroup g : home.groups()) {
            String ask = g.secretaries().isEmpty() ? Mrkdwn.mentions(g.chairs()) + " (chair)"
                    : Mrkdwn.mentions(g.secretaries());
            text.append("\n• *").append(Mrkdwn.escape(BlockLimits.fit(g.name(), 200))).append("* in <#")
                    .append(g.channelId()).append("> — ").append(ask);
        }
        return text.toString();
    }

    private static String line(HomeService.Item item) {
        Action a = item.action();
        ThemeGroup g = item.group();
        String next = item.nextReminder()
                .map(r -> "\n:alarm_clock: next reminder " + WHEN.format(r.instant().atZone(g.zone())) + " ("
                        + r.headline() + ")")
                .orElse("");
        return "*" + a.ref() + "* " + Mrkdwn.escape(BlockLimits.fit(a.text(), 1000)) + "\n_"
                + Mrkdwn.escape(BlockLimits.fit(g.name(), 200)) + "_ <#" + g.channelId() + "> · "
                + ActionBlocks.timescale(a) + next;
    }

    private static String role(ThemeGroup g, String userId) {
        String role = g.chairs().contains(userId) ? "chair" : "secretary";
        return "*" + Mrkdwn.escape(BlockLimits.fit(g.name(), 200)) + "* in <#" + g.channelId() + "> — " + role;
    }
}
