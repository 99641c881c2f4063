package org.themebot.slack.groups;

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
import java.util.Optional;
import java.util.stream.Collectors;
import org.themebot.contacts.Contact;
import org.themebot.contacts.ContactService;
import org.themebot.people.Who;
import org.themebot.slack.BlockLimits;
import org.themebot.slack.Mrkdwn;
import org.themebot.slack.Replies;
import org.themebot.slack.SlackMessage;

/**
 * The address book in Slack: replies to {@code /themegroup contact} and {@code contacts}, seen by
 * the chair or secretary who typed them only (they hold addresses), and the line other replies add
 * about names typed for people outside Slack (which never shows an address).
 */
public final class ContactBlocks {

    /** Said wherever mail would be sent, when themebot has no mail settings. */
    public static final String MAIL_OFF = "Mail is off in this themebot (THEMEBOT_SMTP_URL is not set), so nothing is "
            + "e-mailed until whoever runs it sets that up.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    /** Leaves room in a message for its header and footer. */
    private static final int MAX_LIST_SECTIONS = BlockLimits.MAX_BLOCKS - 3;

    private ContactBlocks() {
    }

    static SlackMessage saved(ContactService.Saved saved, boolean mailOn) {
        Contact c = saved.contact();
        String was = saved.replaced().map(before -> before.email().equals(c.email())
                ? " (was " + Mrkdwn.escape(before.name()) + ")"
                : " (was " + Mrkdwn.escape(before.email().value()) + ")").orElse("");
        String what = saved.replaced().isPresent() ? "Changed" : "Saved";
        return Replies.text(":envelope: " + what + " a contact of *" + Mrkdwn.escape(saved.group().name()) + "*: *"
                + Mrkdwn.escape(c.name()) + "* — " + Mrkdwn.escape(c.email().value()) + was + ".\n"
                + (mailOn ? "When an action is theirs they get its reminders by e-mail, and "
                        + Mrkdwn.code("/meeting circulate") + " sends them the action notes of meetings they attend."
                        : MAIL_OFF));
    }

    static SlackMessage removed(ContactService.Removed removed, boolean mailOn) {
        return Replies.text(":wastebasket: *" + Mrkdwn.escape(removed.contact().name()) + "* ("
                + Mrkdwn.escape(removed.contact().email().value()) + ") is no longer a contact of *"
                + Mrkdwn.escape(removed.group().name()) + "*: themebot e-mails them nothing more."
                + (mailOn ? "" : "\n" + MAIL_OFF));
    }

    /** The address book, by name, with who has stopped reminders; split into sections as long lists need. */
    static SlackMessage addressBook(ContactService.AddressBook book, boolean mailOn) {
        String title = "Contacts of " + book.group().name();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(BlockLimits.fit(title, BlockLimits.MAX_HEADER_TEXT)))));
        if (book.contacts().isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("No contacts yet. " + Mrkdwn.code(ContactService.CONTACT_FORM)
                    + " adds someone outside Slack, so reminders and action notes reach them by e-mail."))));
        }
        StringBuilder text = new StringBuilder();
        for (Contact c : book.contacts()) {
            String line = "• *" + Mrkdwn.escape(c.name()) + "* — " + Mrkdwn.escape(c.email().value())
                    + c.unsubscribedAt().map(at -> " · _stopped reminders and digests on "
                            + DAY.format(at.atZone(book.group().zone())) + "_").orElse("");
            if (text.length() + line.length() + 1 > BlockLimits.MAX_SECTION_TEXT) {
                if (!addSection(blocks, text.toString())) {
                    break;
                }
                text.setLength(0);
            }
            text.append(text.isEmpty() ? "" : "\n").append(line);
        }
        if (!text.isEmpty()) {
            addSection(blocks, text.toString());
        }
        String footer = book.contacts().size() + (book.contacts().size() == 1 ? " contact" : " contacts")
                + " · addresses are shown to chairs and secretaries only · " + Mrkdwn.code(ContactService.CONTACT_FORM)
                + (mailOn ? "" : "\n" + MAIL_OFF);
        blocks.add(context(c -> c.elements(List.of(markdownText(BlockLimits.fit(footer, BlockLimits.MAX_CONTEXT_TEXT))))));
        return SlackMessage.withPlainText(title + ": " + book.contacts().size(), blocks);
    }

    private static boolean addSection(List<LayoutBlock> blocks, String text) {
        if (blocks.size() > MAX_LIST_SECTIONS) {
            return false;
        }
        blocks.add(section(s -> s.text(markdownText(text))));
        return true;
    }

    /**
     * What a reply says of the names typed for people outside Slack: who will get e-mail and who
     * has no address (no address is shown); empty when no name was typed.
     */
    static Optional<String> reach(ContactService.Reach reach) {
        List<String> parts = new ArrayList<>();
        if (!reach.reachable().isEmpty()) {
            parts.add(":envelope: By e-mail: " + names(reach.reachable().stream().map(Contact::name).toList()) + ".");
        }
        if (!reach.unreachable().isEmpty()) {
            parts.add("No e-mail address for " + names(reach.unreachable().stream().map(Who.Named::name).toList())
                    + ": " + Mrkdwn.code("/themegroup contact <name> <email>") + " adds one (chairs and secretaries).");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    /** A message with a line (mrkdwn) added beneath it, when there is one. */
    static SlackMessage withNote(SlackMessage message, Optional<String> note) {
        if (note.isEmpty()) {
            return message;
        }
        List<LayoutBlock> blocks = new ArrayList<>(message.blocks());
        blocks.add(context(c -> c.elements(List.of(markdownText(BlockLimits.fit(note.get(),
                BlockLimits.MAX_CONTEXT_TEXT))))));
        return new SlackMessage(message.text(), blocks);
    }

    private static String names(List<String> names) {
        return names.stream().map(n -> "*" + Mrkdwn.escape(n) + "*").collect(Collectors.joining(", "));
    }
}
