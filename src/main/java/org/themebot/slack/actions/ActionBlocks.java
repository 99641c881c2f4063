package org.themebot.slack.actions;

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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.themebot.actions.Action;
import org.themebot.actions.ActionEvent;
import org.themebot.actions.ActionList;
import org.themebot.actions.ActionService;
import org.themebot.actions.MeetingLink;
import org.themebot.people.Names;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.MessageKind;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.SlackMessage;

/** Block Kit for actions: pure functions from domain results to messages. */
public final class ActionBlocks {

    /** A change to an action, and who made it (a Slack user, or {@link ActionEvent#byMail}): what the channel is told. */
    public record ActionChange(ActionService.Changed changed, String actorId) {
    }

    /** "A3 added", posted in the group's channel. */
    public static final MessageKind<ActionService.Changed> ADDED = MessageKind.of("action.added",
            ActionService.Changed.class, ActionBlocks::added);
    /** "A3 done by …", "re-dated", "reassigned", "dropped", posted in the group's channel. */
    public static final MessageKind<ActionChange> CHANGED = MessageKind.of("action.changed", ActionChange.class,
            (change, names) -> changed(change.changed(), change.actorId(), names));

    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MEETING_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Actions per page of a list: a screenful, well inside Slack's 50 blocks. */
    static final int PAGE_SIZE = 20;
    /** Previous / Next buttons of a list: this prefix, then "previous" or "next". */
    static final String PAGE_ACTION = "action_list_";

    private ActionBlocks() {
    }

    /** The public confirmation of /action add. */
    static SlackMessage added(ActionService.Changed added, Names names) {
        Action a = added.action();
        StringBuilder text = new StringBuilder()
                .append("*").append(a.ref()).append("* added: ").append(Mrkdwn.escape(a.text())).append('\n')
                .append("*Who:* ").append(owners(a, names)).append('\n')
                .append("*Timescale:* ").append(timescale(a));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(text.toString(), BlockLimits.MAX_SECTION_TEXT)))));
        List<String> hints = new ArrayList<>();
        if (a.due().isEmpty()) {
            hints.add("No due date — set one with " + Mrkdwn.code("/action due " + a.ref() + " <timescale>"));
        }
        if (a.owners().isEmpty()) {
            hints.add("No owner yet — set one with " + Mrkdwn.code("/action assign " + a.ref() + " <who>"));
        }
        if (!hints.isEmpty()) {
            blocks.add(context(c -> c.elements(List.of(markdownText(String.join("\n", hints))))));
        }
        return SlackMessage.withPlainText(a.ref() + " added: " + a.text(), blocks);
    }

    /** The public note of a change: done, re-dated, reassigned, dropped. */
    static SlackMessage changed(ActionService.Changed changed, String actorId, Names names) {
        Action a = changed.action();
        String who = actor(actorId, names);
        String head = switch (changed.change()) {
            case DONE -> ":white_check_mark: *" + a.ref() + "* done by " + who;
            case REDATED -> ":calendar: *" + a.ref() + "* re-dated by " + who + ": " + timescale(a);
            case REASSIGNED -> ":busts_in_silhouette: *" + a.ref() + "* reassigned by " + who + " to " + owners(a, names);
            case DROPPED -> ":heavy_multiplication_x: *" + a.ref() + "* dropped by " + who;
            case UPDATE -> ":memo: *" + a.ref() + "* progress noted by " + who;
            case CREATED, REOPENED -> "*" + a.ref() + "*";
        };
        StringBuilder text = new StringBuilder(head).append('\n').append(Mrkdwn.escape(a.text()));
        boolean hasComment = changed.change() != ActionEvent.Kind.REDATED && changed.change() != ActionEvent.Kind.REASSIGNED
                && !changed.detail().isBlank();
        if (hasComment) {
            text.append("\n> ").append(Mrkdwn.escape(changed.detail()).replace("\n", "\n> "));
        }
        String plain = a.ref() + " " + changed.change().name().toLowerCase(Locale.ROOT) + ": " + a.text();
        return SlackMessage.withPlainText(plain, List.of(
                section(s -> s.text(markdownText(BlockLimits.fit(text.toString(), BlockLimits.MAX_SECTION_TEXT))))));
    }

    /** One page of a list; Previous / Next buttons carry the page and the filter the list was asked with. */
    static SlackMessage list(ActionList list, String filter, int page, Names names) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = list.description() + list.ofUserId().map(id -> " " + names.known(id).orElse("that person"))
                .orElse("")
                + " — " + list.group().name();
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(title, BlockLimits.MAX_HEADER_TEXT)))));
        List<Action> actions = list.actions();
        if (actions.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("Nothing here. " + Mrkdwn.code("/action add <text> | <who> | <timescale>")
                    + " records one."))));
            return SlackMessage.withPlainText(title + ": none", blocks);
        }
        int pages = (actions.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        int current = Math.max(0, Math.min(page, pages - 1));
        int from = current * PAGE_SIZE;
        int to = Math.min(actions.size(), from + PAGE_SIZE);
        for (Action a : actions.subList(from, to)) {
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(line(a, list.today(), names),
                    BlockLimits.MAX_SECTION_TEXT)))));
        }
        String footer = (pages > 1 ? (from + 1) + "–" + to + " of " : "") + actions.size()
                + (actions.size() == 1 ? " action. " : " actions. ") + Mrkdwn.code("/action show <ref>")
                + " shows one with its history.";
        blocks.add(context(c -> c.elements(List.of(markdownText(footer)))));
        if (pages > 1) {
            List<BlockElement> buttons = new ArrayList<>();
            if (current > 0) {
                buttons.add(button(b -> b.actionId(PAGE_ACTION + "previous").value((current - 1) + "|" + filter)
                        .text(plainText("Previous"))));
            }
            if (current < pages - 1) {
                buttons.add(button(b -> b.actionId(PAGE_ACTION + "next").value((current + 1) + "|" + filter)
                        .text(plainText("Next"))));
            }
            blocks.add(actions(a -> a.elements(buttons)));
        }
        return SlackMessage.withPlainText(title + ": " + actions.size(), blocks);
    }

    static SlackMessage shown(ActionService.Shown shown, Names names) {
        Action a = shown.action();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(a.ref() + " — " + a.status().storeName(),
                BlockLimits.MAX_HEADER_TEXT)))));
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(Mrkdwn.escape(a.text()), BlockLimits.MAX_SECTION_TEXT)))
                .fields(List.of(
                        markdownText("*Who*\n" + BlockLimits.fit(owners(a, names), BlockLimits.MAX_FIELD_TEXT - 10)),
                        markdownText("*Timescale*\n" + BlockLimits.fit(timescale(a), BlockLimits.MAX_FIELD_TEXT - 20))))));
        shown.origin().ifPresent(origin -> blocks.add(context(c -> c.elements(List.of(markdownText(
                BlockLimits.fit(origin(origin), BlockLimits.MAX_CONTEXT_TEXT)))))));
        shown.objective().ifPresent(objective -> blocks.add(context(c -> c.elements(List.of(markdownText(
                BlockLimits.fit("Serves the plan's *" + objective.ref() + "* " + Mrkdwn.escape(objective.objective()),
                        BlockLimits.MAX_CONTEXT_TEXT)))))));
        blocks.add(divider());
        List<ActionEvent> history = shown.history();
        int room = BlockLimits.MAX_BLOCKS - blocks.size() - 1;
        int first = Math.max(0, history.size() - room);
        if (first > 0) {
            blocks.add(context(c -> c.elements(List.of(markdownText("…" + first + " earlier entries not shown.")))));
        }
        for (ActionEvent event : history.subList(first, history.size())) {
            blocks.add(context(c -> c.elements(List.of(markdownText(
                    BlockLimits.fit(historyLine(event, shown, names), BlockLimits.MAX_CONTEXT_TEXT))))));
        }
        return SlackMessage.withPlainText(a.ref() + ": " + a.text(), blocks);
    }

    /** "Agreed at the meeting of 3 September 2008, under 2. Revised Terms of Reference". */
    private static String origin(MeetingLink.Origin origin) {
        return "Agreed at the meeting of " + MEETING_DAY.format(origin.meetingDate())
                + origin.item().map(item -> ", under _" + Mrkdwn.escape(item) + "_").orElse("");
    }

    /** One action in a list: ref, text, owners, timescale, and how overdue it is. */
    public static String line(Action a, LocalDate today, Names names) {
        StringBuilder line = new StringBuilder("*").append(a.ref()).append("* ").append(Mrkdwn.escape(a.text()))
                .append("\n_").append(owners(a, names)).append("_ · ").append(timescale(a));
        if (a.isOverdue(today)) {
            long days = ChronoUnit.DAYS.between(a.due().orElseThrow(), today);
            line.append(" · :warning: *overdue by ").append(days(days)).append('*');
        } else if (!a.isOpen()) {
            line.append(" · ").append(a.status().storeName());
        }
        return line.toString();
    }

    static String owners(Action a, Names names) {
        return Mrkdwn.people(a.owners(), names, " / ", "no owner yet");
    }

    /** "1 day", "6,636 days". */
    public static String days(long days) {
        return withThousandsCommas(days) + (days == 1 ? " day" : " days");
    }

    /**
     * 6636 → "6,636", as {@code String.format(Locale.UK, "%,d", n)} writes it: the formatter took
     * a fourteenth of a list's CPU, for lines overdue by years.
     */
    static String withThousandsCommas(long n) {
        String digits = Long.toString(n);
        StringBuilder grouped = new StringBuilder(digits);
        int sign = n < 0 ? 1 : 0;
        for (int comma = digits.length() - 3; comma > sign; comma -= 3) {
            grouped.insert(comma, ',');
        }
        return grouped.toString();
    }

    /** The timescale as typed, with the date it resolved to when that adds something. */
    public static String timescale(Action a) {
        String typed = a.timescale().isBlank() ? "" : Mrkdwn.escape(a.timescale());
        if (a.due().isEmpty()) {
            return typed.isEmpty() ? "no date" : typed + " (no date)";
        }
        String due = "due " + DAY.format(a.due().get());
        return typed.isEmpty() ? due : typed + " (" + due + ")";
    }

    private static String historyLine(ActionEvent event, ActionService.Shown shown, Names names) {
        String when = DAY.format(event.at().atZone(shown.group().zone()));
        String who = actor(event.actor(), names);
        String what = switch (event.kind()) {
            case CREATED -> "added";
            case UPDATE -> "progress: " + Mrkdwn.escape(event.detail());
            case DONE -> "marked done" + comment(event);
            case REDATED -> "re-dated: " + Mrkdwn.escape(event.detail());
            case REASSIGNED -> "reassigned to " + Mrkdwn.people(event.reassignedTo(), names, " / ", "nobody");
            case DROPPED -> "dropped" + comment(event);
            case REOPENED -> "reopened" + comment(event);
        };
        return when + " · " + who + " " + what;
    }

    /** Who made a change: a Slack user by name, or someone outside Slack "(by e-mail)". */
    private static String actor(String actor, Names names) {
        return ActionEvent.mailedBy(actor).map(person -> Mrkdwn.escape(person) + " (by e-mail)")
                .orElseGet(() -> Mrkdwn.user(actor, names));
    }

    private static String comment(ActionEvent event) {
        return event.detail().isBlank() ? "" : ": " + Mrkdwn.escape(event.detail());
    }
}
