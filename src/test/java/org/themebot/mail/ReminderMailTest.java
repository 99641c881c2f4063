package org.themebot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.themebot.TestClock;
import org.themebot.actions.Action;
import org.themebot.actions.ActionStatus;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;
import org.themebot.people.Who;
import org.themebot.reminders.Reminder;
import org.themebot.reminders.ReminderKind;

class ReminderMailTest {

    static final ThemeGroup GROUP = new ThemeGroup(7, "T1", "C1", "E&CC Theme Group", ZoneId.of("Europe/London"),
            List.of("UCHAIR"), List.of("USEC"), Instant.EPOCH);
    static final LocalDate DUE = LocalDate.of(2026, 6, 12);
    static final Names NAMES = userId -> userId.equals("UBALBIR") ? "Balbir Sohal" : "Someone";
    static final Mailbox KEVIN = new Mailbox("Cllr Kevin Foster", "kevin@example.org");
    static final ReminderMail.Links LINKS = new ReminderMail.Links(URI.create("https://tb.example.org/mail/done/d.1"),
            URI.create("https://tb.example.org/mail/update/u.2"), URI.create("https://tb.example.org/mail/unsubscribe/x.3"));

    static Action action(String text) {
        return new Action(42, 7, 3, text, List.of(new Who.SlackUser("UBALBIR"), new Who.Named("Cllr Kevin Foster")),
                "Sept/Oct 26", Optional.of(DUE), ActionStatus.OPEN, "USEC", Instant.EPOCH, Optional.empty());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({
        "BEFORE,  2026-06-10, A3 is due in 2 days",
        "DUE,     2026-06-12, A3 is due today",
        "OVERDUE, 2026-06-20, A3 is overdue by 8 days",
        "OVERDUE, 2026-06-13, A3 is overdue by 1 day"})
    void itSaysWhichReminderItIsInTheWordsOfTheDm(ReminderKind kind, LocalDate day, String headline) throws Exception {
        Reminder reminder = new Reminder(kind, day, Instant.EPOCH, DUE);

        Rendered mail = Rendered.of(ReminderMail.render(GROUP, action("Draft the revised Terms of Reference"), reminder,
                KEVIN, NAMES, LINKS, Optional.empty()));

        assertThat(mail.mime().getSubject()).isEqualTo(headline + ": Draft the revised Terms of Reference");
        assertThat(mail.text()).startsWith(headline + "\n");
        assertThat(mail.html()).contains("<h1 style=\"font-size:20px;margin:0 0 12px\">" + headline + "</h1>");
    }

    @Test
    void itCarriesTheActionItsLinksAndAOneClickUnsubscribe() throws Exception {
        Reminder due = new Reminder(ReminderKind.DUE, DUE, Instant.EPOCH, DUE);
        MailMessage message = ReminderMail.render(GROUP, action("Draft the <b>ToR</b> & send\nto Sue"), due, KEVIN, NAMES,
                LINKS, Optional.of(new Mailbox("Debbie Briggs", "debbie@example.org")));

        Rendered mail = Rendered.of(message);

        assertThat(mail.text()).isEqualTo("""
                A3 is due today
                ===============

                Draft the <b>ToR</b> & send
                to Sue

                Who: Balbir Sohal / Cllr Kevin Foster · Timescale: Sept/Oct 26 (due Fri 12 Jun 2026)

                Mark done: https://tb.example.org/mail/done/d.1
                Add an update: https://tb.example.org/mail/update/u.2

                Each link shows what it will do and asks you to confirm; it works once.

                --\s
                E&CC Theme Group — themebot sends you its reminders because the group's chair or secretary added your address.
                Unsubscribe: https://tb.example.org/mail/unsubscribe/x.3
                """);
        assertThat(mail.html()).contains("Draft the &lt;b&gt;ToR&lt;/b&gt; &amp; send<br>\nto Sue")
                .contains("<a href=\"https://tb.example.org/mail/done/d.1\"").contains(">Mark done</a>")
                .contains("<a href=\"https://tb.example.org/mail/update/u.2\"").contains(">Add an update</a>")
                .contains("E&amp;CC Theme Group").doesNotContain("<b>ToR");
        assertThat(mail.mime().getSubject()).isEqualTo("A3 is due today: Draft the <b>ToR</b> & send");
        assertThat(mail.header("List-Unsubscribe")).isEqualTo("<https://tb.example.org/mail/unsubscribe/x.3>");
        assertThat(mail.header("List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(mail.header("Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(mail.mime().getReplyTo()[0].toString()).isEqualTo("Debbie Briggs <debbie@example.org>");
        assertThat(mail.mime().getContentType()).startsWith("multipart/alternative");
    }

    @Test
    void itsLinksAreSignedForThisActionAndThisPerson() {
        TestClock clock = new TestClock(TestClock.start());
        SignedLinks links = new SignedLinks("secret", URI.create("https://tb.example.org"), clock);

        ReminderMail.Links made = ReminderMail.Links.of(links, action("x"), "Cllr Kevin Foster");

        assertThat(grant(links, made.done())).isEqualTo(List.of(LinkPurpose.DONE, 42L, "Cllr Kevin Foster"));
        assertThat(grant(links, made.update())).isEqualTo(List.of(LinkPurpose.UPDATE, 42L, "Cllr Kevin Foster"));
        assertThat(grant(links, made.unsubscribe())).isEqualTo(List.of(LinkPurpose.UNSUBSCRIBE, 7L, "Cllr Kevin Foster"));
    }

    private static List<Object> grant(SignedLinks links, URI link) {
        String[] path = link.getRawPath().split("/");
        LinkGrant grant = ((SignedLinks.Reading.Valid) links.read(path[2], path[3])).grant();
        return List.of(grant.purpose(), grant.subjectId(), grant.person());
    }
}
