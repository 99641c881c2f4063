package org.themebot.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.themebot.config.ThemebotConfig;

/**
 * Sends one mail over SMTP and says what became of it ({@link SendOutcome}), for a retrying outbox:
 * a 5xx reply about the message or its recipient is permanent; a 4xx reply, or none at all
 * (connection refused, timeout, TLS or login failure), is temporary. {@code smtp://} upgrades with
 * STARTTLS whenever the server offers it, {@code smtps://} is TLS throughout; the server's
 * certificate and name are checked either way. Each mail has its own connection.
 */
public final class SmtpMailer implements MailSender {

    /** How long to wait to connect, and for each reply: a stalled server is a temporary failure, not a hang. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ThemebotConfig.Smtp smtp;
    private final InternetAddress from;
    private final Session session;
    private final Clock clock;

    public SmtpMailer(ThemebotConfig.Mail config, Clock clock) {
        this(config, clock, defaultTls(), TIMEOUT);
    }

    /** With the TLS trust (tests trust their own server's certificate) and timeout given. */
    SmtpMailer(ThemebotConfig.Mail config, Clock clock, SSLSocketFactory tls, Duration timeout) {
        this.smtp = config.smtp();
        this.clock = clock;
        try {
            this.from = new InternetAddress(config.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("THEMEBOT_MAIL_FROM was checked at start-up", e);
        }
        this.session = Session.getInstance(properties(smtp, from, tls, timeout));
    }

    @Override
    public SendOutcome send(MailMessage mail) {
        MimeMessage message;
        try {
            message = MimeMail.build(session, from, mail, clock.instant());
        } catch (MessagingException e) {
            return new SendOutcome.Permanent(mail.to().address(), 0, "the message could not be built: " + e.getMessage());
        }
        SMTPTransport transport = null;
        try {
            transport = (SMTPTransport) session.getTransport(protocol());
            transport.connect(smtp.host(), smtp.port(), smtp.user().orElse(null), smtp.password().orElse(null));
            transport.sendMessage(message, message.getAllRecipients());
            return new SendOutcome.Sent(reply(transport.getLastServerResponse()));
        } catch (MessagingException e) {
            return outcome(e, Optional.ofNullable(transport), mail.to().address());
        } finally {
            closeQuietly(transport);
        }
    }

    /** Classifies a failure by the SMTP reply it carries, or by the last reply the server gave. */
    static SendOutcome outcome(MessagingException e, Optional<SMTPTransport> transport, String recipient) {
        int lastCode = transport.map(SMTPTransport::getLastReturnCode).orElse(-1);
        if (e instanceof AuthenticationFailedException) {
            // Our credentials, not the recipient: mended by whoever runs themebot, then a retry works.
            return new SendOutcome.Temporary(Math.max(lastCode, 0),
                    "the SMTP server refused themebot's login: " + reply(e.getMessage()));
        }
        Optional<SMTPAddressFailedException> rcpt = find(e, SMTPAddressFailedException.class);
        if (rcpt.isPresent()) {
            return byCode(rcpt.get().getReturnCode(), rcpt.get().getMessage(), rcpt.get().getAddress().getAddress());
        }
        Optional<SMTPSendFailedException> refused = find(e, SMTPSendFailedException.class);
        if (refused.isPresent()) {
            return byCode(refused.get().getReturnCode(), refused.get().getMessage(), recipient);
        }
        if (lastCode >= 400) { // e.g. a 421 greeting: the server is not taking mail now
            return byCode(lastCode, transport.map(SMTPTransport::getLastServerResponse).orElse(""), recipient);
        }
        return new SendOutcome.Temporary(0, describe(e));
    }

    private static SendOutcome byCode(int code, String reply, String recipient) {
        return code >= 500 && code < 600 ? new SendOutcome.Permanent(recipient, code, reply(reply))
                : new SendOutcome.Temporary(code, reply(reply));
    }

    /** The first exception of a type among the failure, the exceptions it chains, and their causes. */
    private static <T extends Exception> Optional<T> find(Exception e, Class<T> type) {
        for (Throwable t = e; t != null; t = t instanceof MessagingException m && m.getNextException() != null
                ? m.getNextException() : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String describe(MessagingException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e.getNextException();
        return reply(e.getMessage()) + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ": "
                + reply(String.valueOf(cause.getMessage())) + ")");
    }

    private static String reply(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private String protocol() {
        return smtp.implicitTls() ? "smtps" : "smtp";
    }

    private static Properties properties(ThemebotConfig.Smtp smtp, InternetAddress from, SSLSocketFactory tls,
                                         Duration timeout) {
        String prefix = "mail." + (smtp.implicitTls() ? "smtps" : "smtp") + ".";
        Properties props = new Properties();
        props.put(prefix + "auth", Boolean.toString(smtp.user().isPresent()));
        props.put(prefix + "starttls.enable", "true"); // used whenever the server offers it
        props.put(prefix + "ssl.checkserveridentity", "true");
        props.put(prefix + "ssl.socketFactory", tls);
        props.put(prefix + "from", from.getAddress()); // the envelope sender, where bounces go
        props.put(prefix + "connectiontimeout", Long.toString(timeout.toMillis()));
        props.put(prefix + "timeout", Long.toString(timeout.toMillis()));
        props.put(prefix + "writetimeout", Long.toString(timeout.toMillis()));
        props.put("mail.from", from.getAddress()); // Message-IDs take its domain
        return props;
    }

    private static SSLSocketFactory defaultTls() {
        try {
            return SSLContext.getDefault().getSocketFactory();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no default TLS context", e);
        }
    }

    private static void closeQuietly(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the mail's outcome is known already; a failed QUIT changes nothing
            }
        }
    }
}
