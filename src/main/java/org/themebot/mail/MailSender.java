package org.themebot.mail;

/**
 * Sends one mail and says how it went, in the terms a retrying outbox needs: the SMTP server in
 * production, the sandbox's mail view when themebot plays everything itself.
 */
@FunctionalInterface
public interface MailSender {

    SendOutcome send(MailMessage mail);
}
