package org.themebot.slack.meetings;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.themebot.actions.Action;
import org.themebot.meetings.MeetingImport;
import org.themebot.people.Names;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.ListSection;
import org.themebot.slack.MessageKind;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.SlackMessage;
import org.themebot.slack.actions.ActionBlocks;

/** Block Kit for the channel's news of a meeting imported from its action notes. Pure. */
public final class ImportBlocks {

    /** Posted in the group's channel once notes are imported, so the group sees its history arrive. */
    public static final MessageKind<MeetingImport.Imported> IMPORTED = MessageKind.of("meeting.imported",
            MeetingImport.Imported.class, ImportBlocks::imported);

    /** The actions listed in the channel's news; the rest are in /action list. */
    private static final int SHOWN_ACTIONS = 20;
    private static final DateTimeFormatter LONG_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private ImportBlocks() {
    }

    static SlackMessage imported(MeetingImport.Imported imported, Names names) {
        var meeting = imported.meeting();
        List<LayoutBlock> blocks = new ArrayList<>();
        String title = "Meeting " + meeting.ref() + " imported — " + LONG_DAY.format(meeting.date());
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(title, BlockLimits.MAX_HEADER_TEXT)))));
        List<Action> actions = imported.actions();
        String refs = actions.isEmpty() ? "" : " (" + actions.get(0).ref()
                + (actions.size() > 1 ? "–" + actions.get(actions.size() - 1).ref() : "") + ")";
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(Mrkdwn.user(imported.importedBy(), names)
                + " imported *" + Mrkdwn.escape(imported.fileName()) + "*: " + count(imported.items().size(), "item")
                + ", " + count(actions.size(), "action") + refs + ". Open actions now come up in matters arising "
                + "and get reminders.", BlockLimits.MAX_SECTION_TEXT)))));
        ListSection.add(blocks, "*Items*", imported.items(), imported.items().size(),
                item -> item.number() + ". " + Mrkdwn.escape(item.title()), "/meeting export docx " + meeting.ref());
        ListSection.add(blocks, "*Actions*", actions, SHOWN_ACTIONS,
                a -> ListSection.actionLine(a, names) + " · " + ActionBlocks.timescale(a), "/action list");
        blocks.add(context(c -> c.elements(List.of(markdownText(Mrkdwn.code("/meeting export docx " + meeting.ref())
                + " gives its notes; " + Mrkdwn.code("/action done <ref>") + " closes an action done since.")))));
        return SlackMessage.withPlainText(title, blocks);
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
