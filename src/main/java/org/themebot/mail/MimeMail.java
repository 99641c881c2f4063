package org.themebot.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * A {@link MailMessage} as MIME: multipart/alternative (plain text, then HTML), inside
 * multipart/mixed when files are attached; {@code Auto-Submitted: auto-generated}, and the
 * one-click {@code List-Unsubscribe} of RFC 8058 when the mail has one. Names, subjects and file
 * names lose their line breaks and control characters first, so no value can start a header.
 */
final class MimeMail {

    static final int MAX_HEADER_TEXT = 200;
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MimeMail() {
    }

    static MimeMessage build(Session session, InternetAddress from, MailMessage mail, Instant date)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, address(mail.to()));
        if (mail.replyTo().isPresent()) {
            message.setReplyTo(new InternetAddress[] {address(mail.replyTo().get())});
        }
        message.setSubject(headerText(mail.subject()), UTF_8);
        message.setSentDate(Date.from(date));
        // RFC 3834: no auto-replies to a bot; the second header is what Exchange and Outlook heed.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
        if (mail.unsubscribe().isPresent()) {
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe().get().toASCIIString() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(mail.text(), "plain"));
        alternative.addBodyPart(textPart(mail.html(), "html"));
        if (mail.attachments().isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (Attachment attachment : mail.attachments()) {
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                file.setFileName(headerText(attachment.fileName()));
                file.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(file);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    /** Text fit for a header: control characters (CR and LF among them) become spaces; cut to a sane length. */
    static String headerText(String text) {
        String flat = text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]+", " ").replaceAll(" {2,}", " ").strip();
        return flat.length() <= MAX_HEADER_TEXT ? flat : flat.substring(0, MAX_HEADER_TEXT - 1).stripTrailing() + "…";
    }

    private static InternetAddress address(Mailbox mailbox) throws MessagingException {
        try {
            InternetAddress address = new InternetAddress(mailbox.address(), headerText(mailbox.name()), UTF_8);
            address.validate();
            return address;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8, subtype);
        return part;
    }
}
