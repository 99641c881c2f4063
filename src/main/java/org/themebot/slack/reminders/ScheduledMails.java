package org.themebot.slack.reminders;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.themebot.actions.Action;
import org.themebot.contacts.Contact;
import org.themebot.contacts.ContactService;
import org.themebot.groups.ThemeGroup;
import org.themebot.mail.DigestMail;
import org.themebot.mail.Mailbox;
import org.themebot.mail.ReminderMail;
import org.themebot.mail.SignedLinks;
import org.themebot.reminders.Digest;
import org.themebot.reminders.DigestByMail;
import org.themebot.reminders.Reminder;
import org.themebot.reminders.ReminderSweep;
import org.themebot.slack.MailKind;
import org.themebot.slack.Outbox;
import org.themebot.slack.UserNames;

/**
 * Reminders and digests by mail, for people outside Slack and the chairs who asked: queued beside
 * the DMs, in the transaction that claims them, one mail per address under a key of its own. The
 * links in them are signed when they are queued; replies go to the group's secretary when the
 * group keeps them as a contact.
 */
public final class ScheduledMails {

    /** One contact owner's reminder of one action. */
    record ReminderToContact(ThemeGroup group, Action action, Reminder reminder, Mailbox to, ReminderMail.Links links,
                             Optional<Mailbox> replyTo) {
    }

    /** A chair's digest by mail. */
    record DigestToChair(Digest digest, Mailbox to, URI unsubscribe, Optional<Mailbox> replyTo) {
    }

    static final MailKind<ReminderToContact> REMINDER = MailKind.of("reminder.mail", ReminderToContact.class,
            (m, names) -> ReminderMail.render(m.group(), m.action(), m.reminder(), m.to(), names, m.links(), m.replyTo()));
    static final MailKind<DigestToChair> DIGEST = MailKind.of("digest.mail", DigestToChair.class,
            (m, names) -> DigestMail.render(m.digest(), m.to(), names, m.unsubscribe(), m.replyTo()));
    /** Every kind of mail this sends, for the outbox to know. */
    public static final List<MailKind<?>> KINDS = List.of(REMINDER, DIGEST);

    private final Outbox outbox;
    private final SignedLinks links;
    private final ContactService contacts;
    private final UserNames names;

    public ScheduledMails(Outbox outbox, SignedLinks links, ContactService contacts, UserNames names) {
        this.outbox = outbox;
        this.links = links;
        this.contacts = contacts;
        this.names = names;
    }

    /** {@code key}: the reminder's own key; each address's mail is keyed under it. */
    void reminder(Handle handle, ReminderSweep.DueReminder due, String key) {
        ThemeGroup group = due.group();
        Optional<Mailbox> replyTo = secretary(group);
        for (Contact contact : due.byMail()) {
            ReminderToContact mail = new ReminderToContact(group, due.action(), due.reminder(), Mailbox.of(contact),
                    ReminderMail.Links.of(links, due.action(), contact.name()), replyTo);
            outbox.queue(handle, REMINDER.to(group.workspaceId(), contact.email().value(), mail)
                    .once(key + ":mail:" + contact.email().value()).forGroup(group.id()));
        }
    }

    /** To each chair who asked for it by mail; {@code key} is set for the weekly digest. */
    void digest(Handle handle, Digest digest, Optional<String> key) {
        ThemeGroup group = digest.group();
        List<Contact> chairs = DigestByMail.recipients(handle, group);
        Optional<Mailbox> replyTo = chairs.isEmpty() ? Optional.empty() : secretary(group);
        for (Contact chair : chairs) {
            DigestToChair mail = new DigestToChair(digest, Mailbox.of(chair), links.unsubscribe(group.id(), chair.name()),
                    replyTo);
            var intent = DIGEST.to(group.workspaceId(), chair.email().value(), mail).forGroup(group.id());
            outbox.queue(handle, key.map(k -> intent.once(k + ":mail:" + chair.email().value())).orElse(intent));
        }
    }

    private Optional<Mailbox> secretary(ThemeGroup group) {
        return contacts.secretary(group, names.cached(group.workspaceId())).map(Mailbox::of);
    }
}
