package org.themebot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.themebot.TestClock;
import org.themebot.config.ThemebotConfig;
import org.themebot.mail.ScriptedSmtp.Script;

/**
 * How each SMTP answer is classified for the outbox, against a scripted server on a real socket
 * (GreenMail cannot be made to send these replies): 4xx and no answer are temporary, 5xx about
 * the message or its recipient permanent; and STARTTLS comes before the password.
 */
class SmtpOutcomesTest {

    private static final Mailbox KEVIN = new Mailbox("Cllr Kevin Foster", "kevin@example.org");
    private static final Mailbox NOBODY = new Mailbox("Nobody", "nobody@example.org");

    private static SmtpMailer mailer(int port, Duration timeout) {
        ThemebotConfig.Smtp smtp = new ThemebotConfig.Smtp(false, "localhost", port, Optional.of("themebot"),
                Optional.of("s3cret-pass"));
        return new SmtpMailer(new ThemebotConfig.Mail(smtp, "Theme Bot <themebot@example.org>"),
                new TestClock(TestClock.start()), TestTls.trustingTestCertificate(), timeout);
    }

    private static SmtpMailer mailer(ScriptedSmtp server) {
        return mailer(server.port(), Duration.ofSeconds(10));
    }

    private static MailMessage to(Mailbox who) {
        return new MailMessage(who, Optional.empty(), "A3 is due today: Draft the revised Terms of Reference",
                "A3 is due today\n", "<p>A3 is due today</p>", Optional.empty(), List.of());
    }

    @Test
    void a421GreetingIsTemporaryAndTheNextTryGoesThrough() throws IOException {
        try (ScriptedSmtp server = new ScriptedSmtp(
                Script.accepting().greeting("421 4.3.2 Service not available, closing transmission channel"),
                Script.accepting())) {
            SmtpMailer mailer = mailer(server);

            SendOutcome first = mailer.send(to(KEVIN));
            SendOutcome second = mailer.send(to(KEVIN));

            assertThat(first).isEqualTo(new SendOutcome.Temporary(421,
                    "421 4.3.2 Service not available, closing transmission channel"));
            assertThat(second).isEqualTo(new SendOutcome.Sent("250 2.0.0 Ok: queued as 4F2B1"));
            assertThat(server.connections()).isEqualTo(2);
            assertThat(server.messages()).hasSize(1);
        }
    }

    @Test
    void a550ForOneAddressIsPermanentForThatRecipientOnly() throws IOException {
        String refusal = "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown";
        try (ScriptedSmtp server = new ScriptedSmtp(Script.accepting().rcpt("nobody@example.org", refusal))) {
            SmtpMailer mailer = mailer(server);

            SendOutcome refused = mailer.send(to(NOBODY));
            SendOutcome sent = mailer.send(to(KEVIN));

            assertThat(refused).isEqualTo(new SendOutcome.Permanent("nobody@example.org", 550, refusal));
            assertThat(sent).isInstanceOf(SendOutcome.Sent.class);
            assertThat(server.messages()).singleElement().asString().contains("To: Cllr Kevin Foster <kevin@example.org>");
        }
    }

    @Test
    void a452ForARecipientIsTemporary() throws IOException {
        try (ScriptedSmtp server = new ScriptedSmtp(
                Script.accepting().rcpt("kevin@example.org", "452 4.2.2 Mailbox full, try again later"))) {
            assertThat(mailer(server).send(to(KEVIN)))
                    .isEqualTo(new SendOutcome.Temporary(452, "452 4.2.2 Mailbox full, try again later"));
        }
    }

    @Test
    void aRefusalAfterDataIsPermanentAndA451Temporary() throws IOException {
        try (ScriptedSmtp spam = new ScriptedSmtp(Script.accepting().afterData("554 5.7.1 Message rejected as spam"));
             ScriptedSmtp busy = new ScriptedSmtp(Script.accepting().afterData("451 4.3.0 Local error, try later"))) {
            assertThat(mailer(spam).send(to(KEVIN)))
                    .isEqualTo(new SendOutcome.Permanent("kevin@example.org", 554, "554 5.7.1 Message rejected as spam"));
            assertThat(mailer(busy).send(to(KEVIN)))
                    .isEqualTo(new SendOutcome.Temporary(451, "451 4.3.0 Local error, try later"));
        }
    }

    @Test
    void aRefusedConnectionIsTemporary() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        SendOutcome outcome = mailer(closedPort, Duration.ofSeconds(5)).send(to(KEVIN));

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Temporary.class, t -> {
            assertThat(t.code()).isZero();
            assertThat(t.reply()).contains("Connection refused");
        });
    }

    @Test
    void aServerThatNeverAnswersTimesOutAsTemporary() throws IOException {
        try (ScriptedSmtp silent = new ScriptedSmtp(Script.accepting().greeting(null))) {
            SendOutcome outcome = mailer(silent.port(), Duration.ofSeconds(1)).send(to(KEVIN));

            assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Temporary.class,
                    t -> assertThat(t.reply()).containsIgnoringCase("timed out"));
        }
    }

    @Test
    void starttlsIsUsedWhenOfferedAndThePasswordGoesOnlyOverTls() throws IOException {
        try (ScriptedSmtp server = new ScriptedSmtp(Script.accepting().withStartTls())) {
            assertThat(mailer(server).send(to(KEVIN))).isInstanceOf(SendOutcome.Sent.class);

            List<String> lines = server.transcript();
            assertThat(lines.get(0)).startsWith("EHLO");
            assertThat(lines.get(1)).isEqualTo("STARTTLS");
            assertThat(lines.subList(2, lines.size())).allMatch(line -> line.startsWith("TLS "));
            assertThat(lines).anyMatch(line -> line.startsWith("TLS AUTH PLAIN "));
        }
    }

    @Test
    void aServerWhoseCertificateIsNotTrustedGetsNeitherPasswordNorMail() throws Exception {
        try (ScriptedSmtp server = new ScriptedSmtp(Script.accepting().withStartTls())) {
            ThemebotConfig.Smtp smtp = new ThemebotConfig.Smtp(false, "localhost", server.port(), Optional.of("themebot"),
                    Optional.of("s3cret-pass"));
            SmtpMailer trustingOnlyRealAuthorities = new SmtpMailer(new ThemebotConfig.Mail(smtp, "themebot@example.org"),
                    new TestClock(TestClock.start()), SSLContext.getDefault().getSocketFactory(), Duration.ofSeconds(10));

            SendOutcome outcome = trustingOnlyRealAuthorities.send(to(KEVIN));

            assertThat(outcome).isInstanceOf(SendOutcome.Temporary.class);
            assertThat(server.transcript()).noneMatch(line -> line.contains("AUTH"));
            assertThat(server.messages()).isEmpty();
        }
    }
}
