package org.themebot.slack.meetings;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.themebot.contacts.Contact;
import org.themebot.meetings.CirculationService;
import org.themebot.meetings.Meeting;
import org.themebot.people.Who;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.SlackMessage;

/**
 * What {@code /meeting circulate} shows its typer (a chair or secretary, who may see addresses):
 * whom the notes will reach and whom not, with a button to send; and what was sent.
 */
final class CirculateBlocks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy 'at' HH:mm", Locale.UK);
    private static final String NO_ADDRESS = Mrkdwn.code("/themegroup contact <name> <email>") + " adds an address.";

    private CirculateBlocks() {
    }

    /** Whom the notes will go to, whom they cannot reach, and Send (Send again, if they went before). */
    static SlackMessage preview(CirculationService.Preview preview) {
        Meeting m = preview.meeting();
        String what = "the action notes of " + m.ref() + ", " + DAY.format(m.date()) + (m.open() ? " (a draft: the "
                + "meeting is still open)" : "");
        List<LayoutBlock> blocks = new ArrayList<>();
        if (preview.reachable().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(":envelope: Nobody present or sending "
                    + "apologies has an e-mail address, so I cannot circulate " + what + ". " + NO_ADDRESS,
                    BlockLimits.MAX_SECTION_TEXT)))));
            unreachable(blocks, preview.unreachable());
            return SlackMessage.withPlainText("Nobody to e-mail " + m.ref() + "'s action notes to", blocks);
        }
        String to = ":envelope: E-mail " + what + " to " + people(preview.reachable().size()) + ", with the Word "
                + "file and the PDF attached:\n" + preview.reachable().stream().map(CirculateBlocks::line)
                .collect(Collectors.joining("\n"));
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(to, BlockLimits.MAX_SECTION_TEXT)))));
        unreachable(blocks, preview.unreachable());
        String value = Long.toString(m.id());
        if (preview.sentBefore().isPresent()) {
            String when = WHEN.format(preview.sentBefore().get().atZone(preview.group().zone()));
            blocks.add(section(s -> s.text(markdownText(":warning: These notes were e-mailed already, last on "
                    + when + ". Send them to everyone above again?"))));
            blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(Circulating.SEND_AGAIN).value(value)
                    .style("danger").text(plainText("Send again")))))));
        } else {
            blocks.add(actions(a -> a.elements(List.of(button(b -> b.actionId(Circulating.SEND).value(value)
                    .style("primary").text(plainText("Send")))))));
        }
        return SlackMessage.withPlainText("E-mail " + m.ref() + "'s action notes to "
                + people(preview.reachable().size()) + "?", blocks);
    }

    /** Sent: to whom, and who could not be reached. */
    static SlackMessage sent(CirculationService.Circulated circulated) {
        Meeting m = circulated.record().meeting();
        String names = circulated.sendings().stream().map(s -> "*" + Mrkdwn.escape(s.contact().name()) + "*")
                .collect(Collectors.joining(", "));
        List<LayoutBlock> blocks = new ArrayList<>();
        String text = ":outbox_tray: The action notes of " + m.ref() + ", " + DAY.format(m.date()) + ", are on their "
                + "way by e-mail to " + people(circulated.sendings().size()) + ": " + names + ".";
        blocks.add(section(s -> s.text(markdownText(BlockLimits.fit(text, BlockLimits.MAX_SECTION_TEXT)))));
        unreachable(blocks, circulated.unreachable());
        return SlackMessage.withPlainText("E-mailing " + m.ref() + "'s action notes to "
                + people(circulated.sendings().size()), blocks);
    }

    private static void unreachable(List<LayoutBlock> blocks, List<Who.Named> people) {
        if (people.isEmpty()) {
            return;
        }
        String text = "*Not reached* (" + people.size() + ", no address): " + people.stream()
                .map(p -> Mrkdwn.escape(p.name())).collect(Collectors.joining(", ")) + ". " + NO_ADDRESS;
        blocks.add(context(c -> c.elements(List.of(markdownText(BlockLimits.fit(text, BlockLimits.MAX_CONTEXT_TEXT))))));
    }

    private static String line(Contact contact) {
        return "• *" + Mrkdwn.escape(contact.name()) + "* — " + Mrkdwn.escape(contact.email().value());
    }

    private static String people(int n) {
        return n + (n == 1 ? " person" : " people");
    }
}
