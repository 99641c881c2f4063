package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;
import org.themebot.config.ThemebotConfig;
import org.themebot.mail.Rendered;
import org.themebot.mail.ScriptedSmtp;

/**
 * Members outside Slack through the whole app, with SMTP pointed at a real (scripted) server on a
 * socket: a contact owner's one "due today" mail at the group's reminder time, through a restart
 * and a server that answers 421 until it recovers; a 550 for one address, failed and reported
 * once; the mail's Mark done link (GET changes nothing, POST does it once) and one-click
 * unsubscribe; /meeting circulate of the 2008 meeting; and a chair's digest by mail. The domain
 * clock starts at 08:58 London time tomorrow and the reminders go out at 09:00.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZonedDateTime START = LocalDate.ofInstant(TestClock.start(), LONDON).plusDays(1)
            .atTime(LocalTime.of(8, 58)).atZone(LONDON);
    static final String TODAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(START.toLocalDate());
    static final TestClock clock = TestClock.running(START.toInstant());
    static final Duration TWO_TICKS = Duration.ofMillis(2500);
    /** The notes are made into a Word file and a PDF when the first mail goes: seconds on a busy machine. */
    static final Duration NOTES_PATIENCE = Duration.ofSeconds(60);
    static final String KEVIN = "kevin@example.org";
    static final String JIM = "jim@example.org";

    static final ScriptedSmtp smtp = smtpServer();

    @RegisterExtension
    static final TestBot bot = new TestBot(clock).mailingThrough(new ThemebotConfig.Mail(
            new ThemebotConfig.Smtp(false, "127.0.0.1", smtp.port(), Optional.empty(), Optional.empty()),
            "Theme Bot <themebot@example.org>"), URI.create("https://themebot.example.org"));

    static String channel;
    static final HttpClient http = HttpClient.newHttpClient();

    static ScriptedSmtp smtpServer() {
        try {
            return new ScriptedSmtp(ScriptedSmtp.Script.accepting());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopSmtp() throws IOException {
        smtp.close();
    }

    // ---- what reached the mail server

    static List<Rendered> mailsTo(String address, String subject) {
        return smtp.messages().stream().map(Rendered::received).filter(m -> {
            try {
                return m.to().equals(address) && m.subject().contains(subject);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    static Rendered awaitMail(String address, String subject) {
        return awaitMail(address, subject, FakeSlack.PATIENCE);
    }

    static Rendered awaitMail(String address, String subject, Duration patience) {
        List<Rendered> mails = FakeSlack.waitFor(() -> mailsTo(address, subject), patience);
        assertThat(mails).as("a mail to %s about '%s'", address, subject).isNotEmpty();
        return mails.get(0);
    }

    /** The address of a link in a mail's plain text ("Mark done: https://…"). */
    static URI link(Rendered mail, String label) {
        return mail.text().lines().filter(l -> l.startsWith(label + ": ")).findFirst()
                .map(l -> URI.create(l.substring(label.length() + 2).strip()))
                .orElseThrow(() -> new AssertionError("no " + label + " link in " + mail.text()));
    }

    /** A link of the public URL, opened on the app's own port. */
    static HttpResponse<String> open(URI link, String formBody) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bot.app().port()
                + link.getRawPath()));
        if (formBody != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String privately(CommandResult result) {
        return bot.awaitPrivateReplies(result).stream().map(FakeSlack.ResponsePost::readable)
                .collect(Collectors.joining("\n"));
    }

    static long outbox(String conversation, String status, String errorLike) {
        return bot.count("outbox", "conversation = ? AND status = ? AND last_error LIKE ?", conversation, status,
                errorLike);
    }

    @Test
    @Order(1)
    void aContactOwnerGetsOneReminderByMailWhoseLinksWorkOnce() throws Exception {
        channel = bot.newChannel("hate-crime");
        bot.setUpGroup(channel, "Hate Crime Theme Group", SUE, DEBBIE);
        assertThat(privately(bot.command(DEBBIE, channel, "/themegroup",
                "contact Cllr Kevin Foster <mailto:" + KEVIN + "|" + KEVIN + ">"))).contains("*Cllr Kevin Foster* — " + KEVIN);
        bot.command(DEBBIE, channel, "/themegroup", "contact Supt Jim Titley " + JIM);
        bot.command(DEBBIE, channel, "/themegroup", "contact Debbie Briggs debbie@example.org");
        assertThat(privately(bot.command(BALBIR, channel, "/themegroup", "contacts")))
                .contains("Only the group's chairs and secretaries").doesNotContain(KEVIN);
        bot.command(SUE, channel, "/themegroup", "reminders 2 at 09:00");
        assertThat(privately(bot.command(DEBBIE, channel, "/action",
                "add Report back on the hate crime panel | Kevin Foster | " + TODAY)))
                .as("a name typed without its title still finds the contact").contains("By e-mail: *Cllr Kevin Foster*");
        bot.command(DEBBIE, channel, "/action", "add Send round the toolkit | Supt Jim Titley | " + TODAY);
        assertThat(privately(bot.command(DEBBIE, channel, "/action", "add Book the venue | June Morley | " + TODAY)))
                .contains("No e-mail address for *June Morley*");
        assertThat(FakeSlack.waitFor(() -> bot.stored(channel).count() == 3, FakeSlack.PATIENCE)).isTrue();

        // 09:00, the mail server is refusing mail for now; themebot restarts with the reminders claimed and queued.
        smtp.answer(ScriptedSmtp.Script.accepting().greeting("421 4.3.2 Service not available, closing channel"));
        clock.set(START.plusMinutes(2).toInstant());
        assertThat(FakeSlack.waitFor(() -> outbox("mail:" + KEVIN, "pending", "SMTP 421%") == 1, FakeSlack.PATIENCE))
                .as("the 421 is a temporary failure: the mail waits").isTrue();
        bot.restart();
        smtp.answer(ScriptedSmtp.Script.accepting()
                .rcpt(JIM, "550 5.1.1 <" + JIM + ">: Recipient address rejected: User unknown"));

        Rendered reminder = awaitMail(KEVIN, "A1 is due today");
        assertThat(FakeSlack.holdsFor(() -> mailsTo(KEVIN, "A1").size() == 1, TWO_TICKS)).as("exactly once").isTrue();
        assertThat(reminder.subject()).isEqualTo("A1 is due today: Report back on the hate crime panel");
        assertThat(reminder.text()).contains("Who: Kevin Foster");
        assertThat(reminder.header("Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(FakeSlack.waitFor(() -> outbox("mail:" + JIM, "failed", "SMTP 550%") == 1, FakeSlack.PATIENCE))
                .as("a 550 for one address fails that mail at once").isTrue();
        assertThat(FakeSlack.waitFor(() -> bot.fake().directMessages(DEBBIE).stream()
                .filter(m -> m.readable().contains("e-mail to " + JIM)).toList(), FakeSlack.PATIENCE))
                .as("the secretary hears of it").isNotEmpty();
        assertThat(FakeSlack.holdsFor(() -> bot.fake().directMessages(DEBBIE).stream()
                .filter(m -> m.readable().contains("could not deliver")).count() == 1, TWO_TICKS)).as("once").isTrue();
        assertThat(bot.count("reminder_claim", "1 = 1")).as("June Morley's, with no address, claimed all the same")
                .isEqualTo(3);

        URI done = link(reminder, "Mark done");
        HttpResponse<String> asked = open(done, null);
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("Mark A1 done?").contains("<form method=\"post\"");
        assertThat(bot.stored(channel).action(1)).hasValueSatisfying(a -> assertThat(a.get("status")).isEqualTo("open"));

        HttpResponse<String> confirmed = open(done, "");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("A1 is marked done");
        assertThat(bot.stored(channel).action(1)).hasValueSatisfying(a -> assertThat(a.get("status")).isEqualTo("done"));
        assertThat(FakeSlack.waitFor(() -> bot.fake().messages(channel).stream()
                .filter(m -> m.readable().contains("done by Cllr Kevin Foster (by e-mail)")).toList(), FakeSlack.PATIENCE))
                .as("the channel is told").hasSize(1);
        assertThat(privately(bot.command(DEBBIE, channel, "/action", "show A1")))
                .contains("Cllr Kevin Foster (by e-mail) marked done");
        HttpResponse<String> again = open(done, "");
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(again.body()).contains("This link has been used already");

        String unsubscribe = reminder.header("List-Unsubscribe");
        assertThat(open(URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)), "List-Unsubscribe=One-Click")
                .statusCode()).as("RFC 8058's one-click POST").isEqualTo(200);
        assertThat(privately(bot.command(DEBBIE, channel, "/themegroup", "contacts")))
                .contains("Cllr Kevin Foster* — " + KEVIN + " · _stopped reminders and digests");
    }

    @Test
    @Order(2)
    void circulatingTheNotesOfTheMeetingMailsEachReachablePersonOnceAndAsksBeforeSendingAgain() {
        smtp.answer(ScriptedSmtp.Script.accepting());
        bot.command(DEBBIE, channel, "/meeting", "start 2008-09-03");
        assertThat(privately(bot.command(DEBBIE, channel, "/meeting", "present " + bot.mention(SUE)
                + ", June Jeffrey, Cllr Kevin Foster, " + bot.mention(BALBIR) + " and " + bot.mention(DEBBIE))))
                .contains("By e-mail: *Cllr Kevin Foster*").contains("No e-mail address for *June Jeffrey*");
        bot.command(DEBBIE, channel, "/meeting", "apologies Supt Jim Titley, June Morley, John Brady and Jenni Venn");
        bot.command(DEBBIE, channel, "/meeting", "item Revised Terms of Reference for the E&amp;CC Theme Group");
        bot.command(DEBBIE, channel, "/action", "add Forward the Home Office Toolkit | " + bot.mention(BALBIR)
                + " | Sept 08");
        bot.command(DEBBIE, channel, "/action", "add Make the suggested changes to the ToRs | Supt Jim Titley | 22 Oct 08");
        bot.command(DEBBIE, channel, "/meeting", "end");
        assertThat(FakeSlack.waitFor(() -> bot.count("slack_user", "user_id = ?", DEBBIE) == 1, FakeSlack.PATIENCE))
                .as("the secretary's name is known, for the Reply-To").isTrue();

        assertThat(privately(bot.command(BALBIR, channel, "/meeting", "circulate")))
                .contains("Only the group's chairs and secretaries may circulate action notes");
        CommandResult preview = bot.command(DEBBIE, channel, "/meeting", "circulate M1");
        assertThat(privately(preview)).contains("the action notes of M1, Wednesday 3 September 2008 to 2 people")
                .contains("*Cllr Kevin Foster* — " + KEVIN).contains("*Supt Jim Titley* — " + JIM)
                .contains("Not reached* (4, no address): June Jeffrey, June Morley, John Brady, Jenni Venn");
        String meetingId = button(preview.ack(), "meeting_circulate_send");

        CommandResult sent = bot.client().blockAction(DEBBIE, channel, "meeting_circulate_send", meetingId, null, null);
        Rendered toKevin = awaitMail(KEVIN, "Action Notes of the Hate Crime Theme Group", NOTES_PATIENCE);
        Rendered toJim = awaitMail(JIM, "Action Notes of the Hate Crime Theme Group");
        assertThat(FakeSlack.holdsFor(() -> mailsTo(KEVIN, "Action Notes").size() == 1
                && mailsTo(JIM, "Action Notes").size() == 1, TWO_TICKS)).as("one mail each").isTrue();
        try {
            assertThat(toKevin.attachments()).containsExactly("action-notes-2008-09-03.docx", "action-notes-2008-09-03.pdf");
            assertThat(toKevin.attachment("action-notes-2008-09-03.docx")).startsWith(0x50, 0x4B); // a zip: the Word file
            assertThat(toJim.text()).contains("Your actions (1)\n• A5 Make the suggested changes to the ToRs");
            assertThat(toJim.mime().getReplyTo()[0].toString()).isEqualTo("Debbie Briggs <debbie@example.org>");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(FakeSlack.waitFor(() -> bot.fake().responses(sent.responseUrl()), FakeSlack.PATIENCE).stream()
                .map(FakeSlack.ResponsePost::readable).collect(Collectors.joining()))
                .contains("on their way by e-mail to 2 people").contains("June Jeffrey, June Morley, John Brady, Jenni Venn");

        assertThat(privately(bot.command(DEBBIE, channel, "/meeting", "circulate")))
                .as("a second circulate asks first").contains("These notes were e-mailed already");
        CommandResult pressedAgain = bot.client().blockAction(DEBBIE, channel, "meeting_circulate_send", meetingId,
                null, null);
        assertThat(FakeSlack.waitFor(() -> bot.fake().responses(pressedAgain.responseUrl()), FakeSlack.PATIENCE).stream()
                .map(FakeSlack.ResponsePost::readable).collect(Collectors.joining()))
                .contains("M1's action notes have been e-mailed already");
        assertThat(FakeSlack.holdsFor(() -> mailsTo(KEVIN, "Action Notes").size() == 1, TWO_TICKS)).isTrue();
    }

    @Test
    @Order(3)
    void aChairWhoAsksGetsTheDigestByMailToo() throws Exception {
        bot.command(SUE, channel, "/themegroup", "contact Sue Bent sue@example.org");
        assertThat(FakeSlack.waitFor(() -> bot.count("slack_user", "user_id = ?", SUE) == 1, FakeSlack.PATIENCE))
                .as("Sue's name is known (she was named present)").isTrue();
        assertThat(privately(bot.command(SUE, channel, "/themegroup", "digest email")))
                .contains("You also get the digest by e-mail, at sue@example.org");

        bot.command(SUE, channel, "/themegroup", "digest now");

        Rendered digest = awaitMail("sue@example.org", "Digest — Hate Crime Theme Group");
        assertThat(digest.text()).contains("Due in the next 7 days").contains("Send round the toolkit");
        assertThat(digest.header("List-Unsubscribe")).startsWith("<https://themebot.example.org/mail/unsubscribe/");
    }

    /** The value of a button in a message's blocks. */
    static String button(JsonNode message, String actionId) {
        for (JsonNode block : message.path("blocks")) {
            for (JsonNode element : block.path("elements")) {
                if (actionId.equals(element.path("action_id").asText())) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no button " + actionId + " in " + message);
    }
}
