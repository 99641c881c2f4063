package org.themebot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.themebot.actions.Action;
import org.themebot.actions.ActionStatus;
import org.themebot.goodpractice.GoodPracticeService;
import org.themebot.goodpractice.Submission;
import org.themebot.goodpractice.SubmissionStatus;
import org.themebot.groups.ThemeGroup;
import org.themebot.people.Names;
import org.themebot.people.Who;
import org.themebot.plans.PlanRules;
import org.themebot.reminders.Digest;

class DigestMailTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final ThemeGroup GROUP = new ThemeGroup(1, "T1", "C1", "Equalities & Communities", ZoneId.of("Europe/London"),
            List.of("UCHAIR"), List.of("USEC"), Instant.EPOCH);
    static final Names NAMES = userId -> switch (userId) {
        case "UJUNE" -> "June Jeffrey";
        case "UBALBIR" -> "Balbir Sohal";
        default -> userId;
    };
    static final URI UNSUBSCRIBE = URI.create("https://tb.example.org/mail/unsubscribe/x.1");
    static final Mailbox SUE = new Mailbox("Sue Bent", "sue@example.org");

    static Action action(int number, String text, Optional<LocalDate> due, ActionStatus status, Who... owners) {
        return new Action(number, 1, number, text, List.of(owners), due.map(d -> "").orElse("ongoing"), due, status,
                "USEC", Instant.EPOCH, Optional.empty());
    }

    @Test
    void itHoldsWhatTheDigestDmHolds() throws Exception {
        List<Action> otherOpen = IntStream.rangeClosed(10, 16).mapToObj(n -> action(n, "Other " + n, Optional.empty(),
                ActionStatus.OPEN, new Who.Everyone())).toList();
        Submission tabled = new Submission(1, 1, 1, "Hate crime reporting in schools & colleges", "", "",
                List.of("race", "sexual orientation"), Optional.empty(), "UBALBIR", Optional.empty(),
                SubmissionStatus.TABLED, Optional.empty(), Instant.EPOCH);
        Digest digest = new Digest(GROUP, TODAY, Instant.parse("2026-11-20T09:00:00Z"),
                List.of(action(3, "Equality impact assessment <grants>", Optional.of(TODAY.minusDays(8)),
                        ActionStatus.OPEN, new Who.SlackUser("UJUNE"))),
                List.of(action(4, "Report back on the hate crime panel", Optional.of(TODAY.plusDays(2)), ActionStatus.OPEN,
                        new Who.Named("Cllr Kevin Foster"))),
                otherOpen,
                List.of(action(1, "Forward the Home Office Toolkit", Optional.of(TODAY), ActionStatus.DONE,
                        new Who.SlackUser("UBALBIR"))),
                new GoodPracticeService.ForDigest(List.of(), List.of(tabled)), Optional.of(TODAY.plusDays(26)), false,
                new PlanRules.DigestLine(List.of(), List.of(), List.of()));

        MailMessage message = DigestMail.render(digest, SUE, NAMES, UNSUBSCRIBE, Optional.empty());
        Rendered mail = Rendered.of(message);

        assertThat(mail.mime().getSubject()).isEqualTo(
                "Digest — Equalities & Communities: 1 overdue, 1 due this week, 7 other open, 1 completed");
        assertThat(mail.text()).startsWith("""
                Digest — Equalities & Communities
                =================================

                Fri 27 Nov 2026 · Next meeting: Wed 23 Dec 2026

                Overdue (1)
                • A3 Equality impact assessment <grants> — June Jeffrey · overdue by 8 days

                Due in the next 7 days (1)
                • A4 Report back on the hate crime panel — Cllr Kevin Foster · due Sun 29 Nov 2026

                Other open actions (7)
                • A10 Other 10 — ALL · ongoing (no date)
                """).contains("""
                • A14 Other 14 — ALL · ongoing (no date)
                • …and 2 more: /action list

                Completed since Fri 20 Nov 2026 (1)
                • A1 Forward the Home Office Toolkit — Balbir Sohal

                Good practice tabled for the next meeting (1)
                • G1 Hate crime reporting in schools & colleges · race, sexual orientation
                """).doesNotContain("Good practice submitted since").contains("Unsubscribe: " + UNSUBSCRIBE);
        assertThat(mail.html()).contains("Equality impact assessment &lt;grants&gt;").contains("Equalities &amp; Communities");
        assertThat(mail.header("List-Unsubscribe")).isEqualTo("<" + UNSUBSCRIBE + ">");
    }

    @Test
    void aDigestWithNothingInItSaysSoInOneLine() throws Exception {
        Digest empty = new Digest(GROUP, TODAY, Instant.parse("2026-11-20T09:00:00Z"), List.of(), List.of(), List.of(),
                List.of(), new GoodPracticeService.ForDigest(List.of(), List.of()), Optional.empty(), false,
                new PlanRules.DigestLine(List.of(), List.of(), List.of()));

        Rendered mail = Rendered.of(DigestMail.render(empty, SUE, NAMES, UNSUBSCRIBE, Optional.empty()));

        assertThat(mail.mime().getSubject()).isEqualTo("Digest — Equalities & Communities: nothing to report");
        assertThat(mail.text()).contains("Nothing to report for Equalities & Communities: no open actions or tabled good "
                + "practice, and nothing completed or submitted since Fri 20 Nov 2026.");
    }
}
