package org.themebot.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.themebot.mail.MailMessage;
import org.themebot.mail.MailSender;
import org.themebot.mail.SendOutcome;

/**
 * In sandbox mode themebot's mail goes nowhere: the outbox hands it here, as it would to the SMTP
 * server, and the page shows it in its Mail view, where its links work. Kept in memory, newest
 * {@link #KEPT} only, like the rest of the sandbox's Slack.
 */
final class CaughtMail implements MailSender {

    /** One mail as themebot sent it, numbered in the order it came. */
    record Caught(int id, Instant at, MailMessage mail) {
    }

    static final int KEPT = 200;

    private final List<Caught> caught = new ArrayList<>();
    private final Timeline timeline;
    private final Clock clock;
    private int sent;

    CaughtMail(Timeline timeline, Clock clock) {
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public SendOutcome send(MailMessage mail) {
        synchronized (caught) {
            caught.add(new Caught(++sent, clock.instant(), mail));
            if (caught.size() > KEPT) {
                caught.remove(0);
            }
        }
        timeline.touch(); // the page polls the timeline's version: a new mail is news too
        return new SendOutcome.Sent("caught by the sandbox");
    }

    /** Newest first. */
    List<Caught> all() {
        synchronized (caught) {
            List<Caught> newestFirst = new ArrayList<>(caught);
            Collections.reverse(newestFirst);
            return newestFirst;
        }
    }

    Optional<Caught> byId(int id) {
        synchronized (caught) {
            return caught.stream().filter(c -> c.id() == id).findFirst();
        }
    }
}
