package org.themebot.slack.reminders;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.themebot.reminders.Digest;
import org.themebot.reminders.DigestService;
import org.themebot.reminders.ReminderSweep;
import org.themebot.reminders.RoundupService;
import org.themebot.slack.MessageKind;
import org.themebot.slack.Outbox;

/**
 * Reminders, digests and round-ups as Slack messages, queued in the outbox inside the transaction
 * that claims them: one DM per recipient, each under its own key, so none can be queued twice.
 */
public final class ScheduledMessages implements ReminderSweep.Delivery, DigestService.Delivery,
        RoundupService.Delivery {

    /** Every kind of message this sends, for the outbox to know. */
    public static final List<MessageKind<?>> KINDS = List.of(ReminderBlocks.REMINDER, ReminderBlocks.PRESSED,
            DigestBlocks.DIGEST, RoundupBlocks.ROUNDUP, RoundupBlocks.ROLLUP);

    private final Outbox outbox;
    private final Optional<ScheduledMails> mails;

    /** DMs only: themebot sends no mail. */
    public ScheduledMessages(Outbox outbox) {
        this(outbox, Optional.empty());
    }

    /** {@code mails}: how reminders and digests go by mail, when themebot sends mail. */
    public ScheduledMessages(Outbox outbox, Optional<ScheduledMails> mails) {
        this.outbox = outbox;
        this.mails = mails;
    }

    @Override
    public void deliver(Handle handle, ReminderSweep.DueReminder due) {
        String key = "reminder:" + due.action().id() + ":" + due.reminder().kind().storeName() + ":" + due.reminder().day();
        for (ReminderSweep.Recipient recipient : due.recipients()) {
            outbox.queue(handle, ReminderBlocks.REMINDER.post(due.group().workspaceId(), recipient.userId(),
                    new ReminderBlocks.ReminderDm(due, recipient)).once(key + ":" + recipient.userId())
                    .forGroup(due.group().id()).about(subject(due.action().id())));
        }
        mails.ifPresent(m -> m.reminder(handle, due, key));
    }

    @Override
    public void deliver(Handle handle, Digest digest, Optional<String> key) {
        for (String chair : digest.group().chairs()) {
            queue(handle, digest, chair, key.map(k -> k + ":" + chair));
        }
        if (digest.toChannel()) {
            queue(handle, digest, digest.group().channelId(), key.map(k -> k + ":channel"));
        }
        mails.ifPresent(m -> m.digest(handle, digest, key));
    }

    private void queue(Handle handle, Digest digest, String to, Optional<String> key) {
        var intent = DigestBlocks.DIGEST.post(digest.group().workspaceId(), to, digest).forGroup(digest.group().id());
        outbox.queue(handle, key.map(intent::once).orElse(intent));
    }

    @Override
    public void roundup(Handle handle, RoundupService.OwnerRoundup roundup, String key) {
        outbox.queue(handle, RoundupBlocks.ROUNDUP.post(roundup.group().workspaceId(), roundup.userId(), roundup)
                .once(key).forGroup(roundup.group().id()).about(roundupSubject(roundup)));
    }

    @Override
    public void rollup(Handle handle, RoundupService.Rollup rollup, String key) {
        for (String chair : rollup.group().chairs()) {
            outbox.queue(handle, RoundupBlocks.ROLLUP.post(rollup.group().workspaceId(), chair, rollup)
                    .once(key + ":" + chair).forGroup(rollup.group().id()));
        }
    }

    /** What a reminder DM is about, so only its own buttons may update it. */
    static String subject(long actionId) {
        return "action:" + actionId;
    }

    /** What a round-up DM is about: one owner's round-up before one meeting. */
    static String roundupSubject(RoundupService.OwnerRoundup roundup) {
        return "roundup:" + roundup.group().id() + ":" + roundup.meetingDate() + ":" + roundup.userId();
    }
}
