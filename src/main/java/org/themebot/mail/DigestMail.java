package org.themebot.mail;

import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.themebot.actions.Action;
import org.themebot.goodpractice.Submission;
import org.themebot.people.Names;
import org.themebot.reminders.Digest;

/**
 * A group's digest by mail, for a chair who asks for it: what the digest DM holds, in the same
 * order and words; a mail has room for every overdue and due action, so only the other open ones
 * are cut to the first few, as in Slack.
 */
public final class DigestMail {

    /** Other open actions are a count and the first few, as in the Slack digest: the chair wants what needs chasing. */
    static final int OTHER_OPEN_SHOWN = 5;

    private DigestMail() {
    }

    public static MailMessage render(Digest d, Mailbox to, Names names, URI unsubscribe, Optional<Mailbox> replyTo) {
        String title = "Digest — " + d.group().name();
        String since = MailText.DAY.format(LocalDate.ofInstant(d.since(), d.group().zone()));
        MailBody body = new MailBody().heading(title);
        String summary;
        if (d.isEmpty()) {
            body.paragraph("Nothing to report for " + d.group().name() + ": no open actions or tabled good practice, "
                    + "and nothing completed or submitted since " + since + ".");
            summary = "nothing to report";
        } else {
            String next = d.nextMeeting().filter(day -> !day.isBefore(d.today()))
                    .map(day -> "Next meeting: " + MailText.DAY.format(day))
                    .orElse("Next meeting: not set (/meeting next <date>)");
            body.paragraph(MailText.DAY.format(d.today()) + " · " + next)
                    .section("Overdue (" + d.overdue().size() + ")", lines(d.overdue(), Integer.MAX_VALUE,
                            a -> line(a, names) + " · overdue by "
                                    + MailText.days(ChronoUnit.DAYS.between(a.due().orElseThrow(), d.today()))))
                    .section("Due in the next " + Digest.DUE_SOON_DAYS + " days (" + d.dueSoon().size() + ")",
                            lines(d.dueSoon(), Integer.MAX_VALUE,
                                    a -> line(a, names) + " · due " + MailText.DAY.format(a.due().orElseThrow())))
                    .section("Other open actions (" + d.otherOpen().size() + ")", lines(d.otherOpen(), OTHER_OPEN_SHOWN,
                            a -> line(a, names) + " · " + MailText.timescale(a.timescale(), a.due())))
                    .section("Completed since " + since + " (" + d.completed().size() + ")",
                            lines(d.completed(), Integer.MAX_VALUE, a -> line(a, names)))
                    .section("Good practice submitted since " + since + " (" + d.goodPractice().submittedSince().size() + ")",
                            lines(d.goodPractice().submittedSince(), Integer.MAX_VALUE, DigestMail::line))
                    .section("Good practice tabled for the next meeting (" + d.goodPractice().tabled().size() + ")",
                            lines(d.goodPractice().tabled(), Integer.MAX_VALUE, DigestMail::line))
                    .paragraph("/action list in the group's Slack channel shows every open action; /action show <ref> "
                            + "one with its history.");
            summary = d.overdue().size() + " overdue, " + d.dueSoon().size() + " due this week, "
                    + d.otherOpen().size() + " other open, " + d.completed().size() + " completed";
        }
        body.footer("You get this digest by e-mail as a chair of " + d.group().name() + ".",
                Optional.of(new MailBody.Link("Unsubscribe", unsubscribe)));
        return new MailMessage(to, replyTo, title + ": " + summary, body.text(), body.html(title),
                Optional.of(unsubscribe), List.of());
    }

    private static <T> List<String> lines(List<T> items, int shown, Function<T, String> line) {
        List<String> lines = new ArrayList<>(items.stream().limit(shown).map(line).toList());
        if (items.size() > shown) {
            lines.add("…and " + (items.size() - shown) + " more: /action list");
        }
        return lines;
    }

    private static String line(Action a, Names names) {
        return a.ref() + " " + a.text() + " — " + MailText.owners(a.owners(), names);
    }

    private static String line(Submission s) {
        return s.ref() + " " + s.title() + (s.strands().isEmpty() ? "" : " · " + String.join(", ", s.strands()));
    }
}
