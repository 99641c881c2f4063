package org.themebot.slack.groups;

import java.util.List;
import java.util.Optional;
import org.themebot.contacts.ContactService;
import org.themebot.people.Who;
import org.themebot.slack.SlackMessage;

/**
 * For the replies to commands that name people outside Slack (an action's owners, those present
 * or sending apologies): whether each name is a contact themebot can e-mail, or has no address.
 * Said only when mail is on; it joins the command's transaction.
 */
public final class ContactNotes {

    private final ContactService contacts;
    private final boolean mailOn;

    public ContactNotes(ContactService contacts, boolean mailOn) {
        this.contacts = contacts;
        this.mailOn = mailOn;
    }

    /** The line about the people typed by name; empty when there are none, or mail is off. */
    public Optional<String> about(long groupId, List<? extends Who> people) {
        if (!mailOn || people.stream().noneMatch(Who.Named.class::isInstance)) {
            return Optional.empty();
        }
        return ContactBlocks.reach(contacts.reach(groupId, people));
    }

    /** The message with that line beneath it, when there is one. */
    public SlackMessage under(SlackMessage message, long groupId, List<? extends Who> people) {
        return ContactBlocks.withNote(message, about(groupId, people));
    }
}
