package org.themebot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;
import org.themebot.config.ThemebotConfig;

/** Mail through a real SMTP server (GreenMail, in-process): plain SMTP with a login, and SMTPS. */
class SmtpMailerTest {

    static {
        TestTls.forGreenMail(); // before GreenMail starts, so its SMTPS presents a certificate for localhost
    }

    private static final String PASSWORD = "p@ss w:rd";
    private static final Instant NOW = TestClock.start();

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(
            new ServerSetup[] {patient(ServerSetupTest.SMTP), patient(ServerSetupTest.SMTPS)})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("themebot@example.org", "themebot", PASSWORD))
            .withPerMethodLifecycle(false);

    /** On a port of its own, and given time to start on a busy machine (the default is 2 s). */
    private static ServerSetup patient(ServerSetup setup) {
        ServerSetup copy = setup.dynamicPort();
        copy.setServerStartupTimeout(30_000);
        return copy;
    }

    @BeforeEach
    void emptyTheMailboxes() throws FolderException {
        greenMail.purgeEmailFromAllMailboxes();
    }

    private static SmtpMailer mailer(boolean tls, String password) {
        int port = tls ? greenMail.getSmtps().getPort() : greenMail.getSmtp().getPort();
        ThemebotConfig.Smtp smtp = new ThemebotConfig.Smtp(tls, "localhost", port, Optional.of("themebot"),
                Optional.of(password));
        return new SmtpMailer(new ThemebotConfig.Mail(smtp, "Theme Bot <themebot@example.org>"), new TestClock(NOW),
                TestTls.trustingTestCertificate(), Duration.ofSeconds(10));
    }

    private static MailMessage reminder(String subject) {
        return new MailMessage(new Mailbox("Cllr Kevin Foster", "kevin@example.org"),
                Optional.of(new Mailbox("Debbie Briggs", "debbie@example.org")), subject,
                "A4 is due today\nMark done: https://themebot.example.org/mail/done/x\n",
                "<p>A4 is due today</p>", Optional.of(URI.create("https://themebot.example.org/mail/unsubscribe/t.s")),
                List.of(new Attachment("action-notes-2008-09-03.docx", "application/octet-stream", new byte[] {1, 2, 3})));
    }

    @Test
    void aMailGoesThroughARealServerWithItsPartsAndHeaders() throws Exception {
        SendOutcome outcome = mailer(false, PASSWORD).send(reminder("A4 is due today: Report back — hate crime panel"));

        assertThat(outcome).isInstanceOf(SendOutcome.Sent.class);
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("A4 is due today: Report back — hate crime panel");
        assertThat(received.getFrom()).containsExactly(new InternetAddress("themebot@example.org", "Theme Bot"));
        assertThat(received.getRecipients(Message.RecipientType.TO))
                .containsExactly(new InternetAddress("kevin@example.org", "Cllr Kevin Foster"));
        assertThat(received.getReplyTo()).containsExactly(new InternetAddress("debbie@example.org", "Debbie Briggs"));
        assertThat(received.getSentDate().toInstant()).isEqualTo(NOW);
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        assertThat(received.getHeader("List-Unsubscribe"))
                .containsExactly("<https://themebot.example.org/mail/unsubscribe/t.s>");
        assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(received.getMessageID()).endsWith("@example.org>");
        assertThat(received.getHeader("Return-Path")).containsExactly("<themebot@example.org>");

        MimeMultipart mixed = (MimeMultipart) received.getContent();
        assertThat(mixed.getContentType()).startsWith("multipart/mixed");
        MimeMultipart alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(alternative.getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
        assertThat(alternative.getBodyPart(0).getContent().toString().replace("\r\n", "\n")).startsWith("A4 is due today\nMark done: ");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
        BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getDisposition()).isEqualTo(BodyPart.ATTACHMENT);
        assertThat(file.getFileName()).isEqualTo("action-notes-2008-09-03.docx");
        try (InputStream in = file.getInputStream()) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
    }

    @Test
    void smtpsIsTlsFromTheFirstByte() throws Exception {
        assertThat(mailer(true, PASSWORD).send(reminder("over TLS"))).isInstanceOf(SendOutcome.Sent.class);

        assertThat(greenMail.getReceivedMessages()).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).isEqualTo("over TLS"));
    }

    @Test
    void aPasswordIsSentOnlyOverTlsUnlessTheServerIsOnThisMachine() throws Exception {
        InternetAddress from = new InternetAddress("themebot@example.org");
        Function<ThemebotConfig.Smtp, String> required = smtp -> SmtpMailer.properties(smtp, from,
                TestTls.trustingTestCertificate(), Duration.ofSeconds(1)).getProperty("mail.smtp.starttls.required");

        assertThat(required.apply(new ThemebotConfig.Smtp(false, "mail.example.org", 587, Optional.of("themebot"),
                Optional.of(PASSWORD)))).as("a password to another machine: STARTTLS or nothing").isEqualTo("true");
        assertThat(required.apply(new ThemebotConfig.Smtp(false, "localhost", 25, Optional.of("themebot"),
                Optional.of(PASSWORD)))).as("a relay on this machine").isEqualTo("false");
        assertThat(required.apply(new ThemebotConfig.Smtp(false, "mail.example.org", 25, Optional.empty(),
                Optional.empty()))).as("no password to protect: TLS when offered").isEqualTo("false");
    }

    @Test
    void aWrongPasswordIsTemporaryAndSendsNothing() {
        SendOutcome outcome = mailer(false, "not-the-password").send(reminder("never"));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Temporary.class, t -> {
            assertThat(t.reply()).contains("refused themebot's login").contains("535");
            assertThat(t.reply()).doesNotContain("not-the-password");
        });
        assertThat(greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void lineBreaksInASubjectOrNameCannotAddHeadersOrRecipients() throws Exception {
        MailMessage injected = new MailMessage(
                new Mailbox("Kevin\r\nBcc: eve@example.net", "kevin@example.org"), Optional.empty(),
                "A4 is due today\r\nBcc: eve@example.net\nX-Evil: 1", "text", "<p>html</p>", Optional.empty(), List.of());

        assertThat(mailer(false, PASSWORD).send(injected)).isInstanceOf(SendOutcome.Sent.class);

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(received.getHeader("X-Evil")).isNull();
        assertThat(received.getSubject()).isEqualTo("A4 is due today Bcc: eve@example.net X-Evil: 1");
        assertThat(received.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
                .containsExactly("kevin@example.org");
    }
}
