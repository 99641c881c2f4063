package org.themebot.slack;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.themebot.groups.GroupStore;
import org.themebot.people.Names;

/** A message that can never be delivered is reported once to its group's secretaries (its chairs if none). */
public final class DeliveryFailures {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm 'UTC'", Locale.UK)
            .withZone(java.time.ZoneOffset.UTC);

    /** How the outbox names a mail's conversation: this, then the address. */
    private static final String MAIL_TO = new Intent.Mail("").conversation();

    private DeliveryFailures() {
    }

    /** Who hears of a group's undelivered message. */
    public static List<String> recipients(Handle handle, long groupId) {
        return handle.attach(GroupStore.class).findById(groupId)
                .map(g -> g.secretaries().isEmpty() ? g.chairs() : g.secretaries())
                .orElse(List.of());
    }

    /** What they read. */
    public static SlackMessage report(Outbox.Undelivered failed, Names names) {
        String conversation = failed.conversation();
        boolean byMail = conversation.startsWith(MAIL_TO);
        String where = byMail ? "e-mail to " + Mrkdwn.escape(conversation.substring(MAIL_TO.length()))
                : conversation.startsWith("C") || conversation.startsWith("G") ? "<#" + conversation + ">"
                : Mrkdwn.user(conversation, names);
        return Replies.text(":warning: I could not deliver a message (" + Mrkdwn.escape(failed.kind()) + ") to "
                + where + ", queued " + WHEN.format(failed.queuedAt()) + ": " + (byMail ? "the mail server" : "Slack")
                + " said " + Mrkdwn.code(failed.error()) + ". I have stopped trying; please pass it on another way if it "
                + "matters.");
    }
}
