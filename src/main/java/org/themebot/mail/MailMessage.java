package org.themebot.mail;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One rendered mail to one person, the same in plain text and HTML. {@code unsubscribe}: the
 * one-click unsubscribe link of reminders and digests (RFC 8058); replies go to {@code replyTo}
 * (the group's secretary) when known. The sender adds From, Date and Message-ID.
 */
public record MailMessage(Mailbox to, Optional<Mailbox> replyTo, String subject, String text, String html,
                          Optional<URI> unsubscribe, List<Attachment> attachments) {

    public MailMessage {
        attachments = List.copyOf(attachments);
    }
}
