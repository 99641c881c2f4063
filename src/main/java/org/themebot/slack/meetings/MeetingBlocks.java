package org.themebot.slack.meetings;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.themebot.actions.Action;
import org.themebot.export.ExportFormat;
import org.themebot.meetings.AgendaItem;
import org.themebot.meetings.Attendance;
import org.themebot.meetings.Meeting;
import org.themebot.meetings.MeetingService;
import org.themebot.people.Names;
import org.themebot.reminders.RoundupAnswer;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.MessageKind;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.Replies;
import org.themebot.slack.SlackMessage;
import org.themebot.slack.actions.ActionBlocks;
import org.themebot.slack.goodpractice.GoodPracticeBlocks;
import org.themebot.slack.plans.PlanBlocks;
import org.themebot.slack.reminders.RoundupBlocks;

/** Block Kit for meetings: pure functions from results to messages. */
public final class MeetingBlocks {

    /** A meeting's start, and the round-up answers its matters arising show. */
    public record MeetingStart(MeetingService.Started started, Map<Long, RoundupAnswer> roundup) {
    }

    public static final MessageKind<MeetingStart> STARTED = MessageKind.of("meeting.started", MeetingStart.class,
            (start, names) -> started(start.started(), start.roundup(), names));
    public static final MessageKind<MeetingService.ItemAdded> ITEM = MessageKind.of("meeting.item",
            MeetingService.ItemAdded.class, (added, names) -> item(added));
    public static final MessageKind<MeetingService.NextSet> NEXT = MessageKind.of("meeting.next",
            MeetingService.NextSet.class, (set, names) -> next(set));
    public static final MessageKind<MeetingService.Ended> ENDED = MessageKind.of("meeting.ended",
            MeetingService.Ended.class, MeetingBlocks::ended);
    public static final List<MessageKind<?>> KINDS = List.of(STARTED, ITEM, NEXT, ENDED);

    /** Export buttons carry this prefix and the format; their value is the meeting id. */
    static final String EXPORT_ACTION = "meeting_export_";
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private MeetingBlocks() {
    }

    /** The start of a meeting, with matters arising: open actions, and how each was answered in the round-up. */
    static SlackMessage started(MeetingService.Started started, Map<Long, RoundupAnswer> roundup, Names names) {
        Meeting m = started.meeting();
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = "Meeting " + m.ref() + " — " + LONG_DAY.format(m.date()) + (m.title().isBlank() ? "" : " — " + m.title());
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(title, BlockLimits.MAX_HEADER_TEXT)))));
        GoodPracticeBlocks.agendaItem(started.tabled(), names).ifPresent(blocks::add);
        List<Action> arising = started.mattersArising();
        List<LayoutBlock> planReview = PlanBlocks.toReview(started.planReview());
        if (arising.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("*Matters arising:* no open actions from earlier meetings."))));
        } else {
            blocks.add(section(s -> s.text(markdownText("*Matters arising* — open actions from earlier meetings ("
                    + arising.size() + "):"))));
            int room = BlockLimits.MAX_BLOCKS - blocks.size() - 2 - planReview.size();
            int shown = Math.min(room, arising.size());
            for (Action a : arising.subList(0, shown)) {
                String line = ActionBlocks.line(a, started.today(), names)
                        + RoundupBlocks.answerNote(Optional.ofNullable(roundup.get(a.id())));
                blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(line, BlockLimits.MAX_SECTION_TEXT)))));
            }
            if (shown < arising.size()) {
                blocks.add(context(c -> c.elements(List.of(markdownText("…and " + (arising.size() - shown)
                        + " more: " + Mrkdwn.code("/action list") + " shows them all.")))));
            }
        }
        blocks.addAll(planReview);
        blocks.add(context(c -> c.elements(List.of(markdownText("Record with " + Mrkdwn.code("/meeting item <title>") + ", "
                + Mrkdwn.code("/meeting note <text>") + " and " + Mrkdwn.code("/action add <text> | <who> | <timescale>")
                + "; finish with " + Mrkdwn.code("/meeting end") + ".")))));
        return SlackMessage.withPlainText(title, blocks);
    }

    static SlackMessage attendance(MeetingService.AttendanceChanged changed, Names names) {
        String label = changed.list() == Attendance.PRESENT ? "Present" : "Apologies";
        String added = changed.added().isEmpty() ? "Nobody new." : "Added " + changed.added().size() + ".";
        return Replies.text(added + " *" + label + "* (" + changed.all().size() + "): "
                + Mrkdwn.people(changed.all(), names, ", ", "nobody"));
    }

    /** Each new agenda item is posted in the channel, so the group follows along. */
    static SlackMessage item(MeetingService.ItemAdded added) {
        AgendaItem item = added.item();
        String text = "*" + item.number() + ". " + Mrkdwn.escape(item.title()) + "*";
        return SlackMessage.withPlainText(item.number() + ". " + item.title(), List.of(
                section(s -> s.text(markdownText(BlockLimits.fit(text, BlockLimits.MAX_SECTION_TEXT))))));
    }

    static SlackMessage noted(MeetingService.NoteAdded added) {
        String where = added.item().map(i -> "under *" + i.number() + ". " + Mrkdwn.escape(i.title()) + "*")
                .orElse("before the first item");
        return Replies.text(":memo: Noted " + where + ".");
    }

    static SlackMessage next(MeetingService.NextSet set) {
        String redated = set.actionsRedated() == 0 ? ""
                : " " + set.actionsRedated() + (set.actionsRedated() == 1 ? " action" : " actions")
                        + " due at the next meeting now fall due that day.";
        return Replies.text(":calendar: Date of next meeting: *" + LONG_DAY.format(set.next()) + "*." + redated);
    }

    /** Posted in the channel at /meeting end: what was agreed, and buttons to export it. */
    static SlackMessage ended(MeetingService.Ended ended, Names names) {
        Meeting m = ended.meeting();
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = "Meeting " + m.ref() + " ended — " + LONG_DAY.format(m.date());
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(title, BlockLimits.MAX_HEADER_TEXT)))));
        StringBuilder items = new StringBuilder("*Items:* ");
        if (ended.items().isEmpty()) {
            items.append("none");
        }
        for (AgendaItem item : ended.items()) {
            items.append("\n").append(item.number()).append(". ").append(Mrkdwn.escape(item.title()));
        }
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(items.toString(), BlockLimits.MAX_SECTION_TEXT)))));
        List<Action> actions = ended.actions();
        LocalDate day = m.date();
        StringBuilder agreed = new StringBuilder("*Actions agreed (" + actions.size() + "):*");
        for (Action a : actions) {
            agreed.append("\n").append(ActionBlocks.line(a, day, names).replace("\n", " — "));
        }
        if (actions.isEmpty()) {
            agreed.append(" none");
        }
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(agreed.toString(), BlockLimits.MAX_SECTION_TEXT)))));
        String next = m.nextMeeting().map(d -> "*Next meeting:* " + LONG_DAY.format(d))
                .orElse("*Next meeting:* not set — " + Mrkdwn.code("/meeting next <date>"));
        blocks.add(section(s -> s.text(markdownText(next))));
        List<BlockElement> buttons = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            buttons.add(button(b -> b.actionId(EXPORT_ACTION + format.extension()).value(Long.toString(m.id()))
                    .text(plainText("Export " + format.extension()))));
        }
        blocks.add(actions(a -> a.elements(buttons)));
        return SlackMessage.withPlainText(title, blocks);
    }

    static SlackMessage list(MeetingService.Listed listed) {
        if (listed.meetings().isEmpty()) {
            return Replies.text("No meetings yet. " + Mrkdwn.code("/meeting start") + " opens one today.");
        }
        StringBuilder text = new StringBuilder("*Meetings of " + Mrkdwn.escape(listed.group().name()) + "*");
        int shown = 0;
        for (Meeting m : listed.meetings()) {
            String line = "\n*" + m.ref() + "* " + LONG_DAY.format(m.date())
                    + (m.title().isBlank() ? "" : " — " + Mrkdwn.escape(m.title())) + (m.open() ? " · _open_" : "");
            if (text.length() + line.length() > BlockLimits.MAX_SECTION_TEXT - 100) {
                text.append("\n…and ").append(listed.meetings().size() - shown).append(" earlier.");
                break;
            }
            text.append(line);
            shown++;
        }
        Meeting latest = listed.meetings().get(0);
        text.append("\n").append(Mrkdwn.code("/meeting export docx " + latest.ref())).append(" exports the action notes of ")
                .append(latest.ref()).append(" (or pdf, xlsx, html, md, csv).");
        return Replies.text(text.toString());
    }
}
