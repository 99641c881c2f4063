package org.themebot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.bolt.App;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import com.slack.api.model.view.Views;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.actions.Action;
import org.themebot.groups.ThemeGroup;
import org.themebot.home.HomeService;
import org.themebot.store.HandledRequests;

/**
 * The App Home tab: a member's open actions across their groups, with Done / Snooze / Update
 * buttons and each one's next reminder, and the groups they chair or minute. Published when the
 * tab is opened and again after a button changes something.
 */
final class AppHome {

    private static final Logger log = LoggerFactory.getLogger(AppHome.class);
    /** Slack takes at most 100 blocks in a Home view: two per action, and room for the rest. */
    static final int MAX_BLOCKS = 100;
    static final int MAX_ACTIONS = (MAX_BLOCKS - 8) / 2;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM 'at' HH:mm", Locale.UK);

    private final HomeService homes;
    private final MethodsClient slack;
    private final ExecutorService afterAck;
    private final Clock clock;

    AppHome(HomeService homes, MethodsClient slack, ExecutorService afterAck, Clock clock) {
        this.homes = homes;
        this.slack = slack;
        this.afterAck = afterAck;
        this.clock = clock;
    }

    /** Publishes on app_home_opened; a retried event (same event id) is not handled twice. */
    void register(App app, Jdbi jdbi) {
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            boolean first = jdbi.onDemand(HandledRequests.class).firstTime("event:" + payload.getEventId(),
                    clock.instant());
            if (first && "home".equals(event.getTab())) {
                publish(payload.getTeamId(), event.getUser());
            }
            return ctx.ack();
        });
    }

    /** Publishes the user's Home after the ack (views.publish may wait on Slack). */
    void publish(String workspaceId, String userId) {
        afterAck.submit(() -> {
            try {
                View home = view(homes.home(workspaceId, userId, clock.instant()));
                var response = slack.viewsPublish(r -> r.userId(userId).view(home));
                if (!response.isOk()) {
                    log.warn("views.publish for {} failed: {}", userId, response.getError());
                }
            } catch (Exception e) {
                log.warn("views.publish for {} failed: {}", userId, e.getMessage());
            }
        });
    }

    static View view(HomeService.Home home) {
        List<LayoutBlock> blocks = new ArrayList<>();
        List<HomeService.Item> items = home.actions();
        blocks.add(header(h -> h.text(plainText("Your open actions (" + items.size() + ")"))));
        if (items.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("Nothing open for you. In a theme group's channel, "
                    + Mrkdwn.code("/action add") + " records an action and " + Mrkdwn.code("/action list")
                    + " shows the group's."))));
        }
        int shown = Math.min(items.size(), MAX_ACTIONS);
        for (HomeService.Item item : items.subList(0, shown)) {
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(line(item), BlockLimits.MAX_SECTION_TEXT)))));
            String value = Long.toString(item.action().id());
            List<BlockElement> buttons = List.of(
                    button(b -> b.actionId(ReminderBlocks.DONE).value(value).style("primary").text(plainText("Done"))),
                    button(b -> b.actionId(ReminderBlocks.SNOOZE).value(value).text(plainText("Snooze a week"))),
                    button(b -> b.actionId(ReminderBlocks.UPDATE).value(value).text(plainText("Update"))));
            blocks.add(actions(a -> a.elements(buttons)));
        }
        if (shown < items.size()) {
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + (items.size() - shown) + " more: "
                    + Mrkdwn.code("/action list mine") + " in each group's channel.")))));
        }
        blocks.add(divider());
        blocks.add(header(h -> h.text(plainText("Groups you chair or minute"))));
        String groups = home.officerOf().isEmpty() ? "None. " + Mrkdwn.code("/themegroup setup")
                + " in a channel makes it a theme group's home, with you in the chair."
                : String.join("\n", home.officerOf().stream().map(g -> role(g, home.userId())).toList());
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(groups, BlockLimits.MAX_SECTION_TEXT)))));
        blocks.add(context(c -> c.elements(List.of(markdownText("Reminders come by DM before, on and after each due "
                + "date; " + Mrkdwn.code("/themebot help") + " lists every command.")))));
        return Views.view(v -> v.type("home").blocks(blocks));
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
