package org.themebot.mail;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.themebot.actions.Action;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;
import org.themebot.reminders.Reminder;

/**
 * An action's reminder to an owner outside Slack: the same words as the reminder DM ("A3 is due in
 * 2 days", "is due today", "is overdue by 8 days"), with Mark done and Add an update links in
 * place of its buttons, and a one-click unsubscribe.
 */
public final class ReminderMail {

    /** The three links of one reminder, each signed for this action and this person. */
    public record Links(URI done, URI update, URI unsubscribe) {

        public static Links of(SignedLinks links, Action action, String person) {
            return new Links(links.done(action.id(), person), links.update(action.id(), person),
                    links.unsubscribe(action.groupId(), person));
        }
    }

    private ReminderMail() {
    }

    public static MailMessage render(ThemeGroup group, Action action, Reminder reminder, Mailbox to, Names names,
                                     Links links, Optional<Mailbox> replyTo) {
        String headline = action.ref() + " is " + reminder.headline();
        MailBody body = new MailBody()
                .heading(headline)
                .paragraph(action.text())
                .paragraph("Who: " + MailText.owners(action.owners(), names) + " · Timescale: "
                        + MailText.timescale(action.timescale(), action.due()))
                .buttons(List.of(new MailBody.Link("Mark done", links.done()),
                        new MailBody.Link("Add an update", links.update())))
                .paragraph("Each link shows what it will do and asks you to confirm; it works once.")
                .footer(group.name() + " — themebot sends you its reminders because the group's chair or secretary "
                        + "added your address.", Optional.of(new MailBody.Link("Unsubscribe", links.unsubscribe())));
        return new MailMessage(to, replyTo, headline + ": " + MailText.cut(action.text(), MailText.SUBJECT_TEXT),
                body.text(), body.html(headline), Optional.of(links.unsubscribe()), List.of());
    }
}
