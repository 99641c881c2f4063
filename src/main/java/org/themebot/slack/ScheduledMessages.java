package org.themebot.slack;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.themebot.reminders.Digest;
import org.themebot.reminders.DigestService;
import org.themebot.reminders.ReminderSweep;
import org.themebot.reminders.RoundupService;

/**
 * Reminders, digests and round-ups as Slack messages, queued in the outbox inside the transaction that
 * claims them: one DM per recipient, each under its own key, so none can be queued twice.
 */
public final class ScheduledMessages implements ReminderSweep.Delivery, DigestService.Delivery, RoundupService.Delivery {

    private final Outbox outbox;

    public ScheduledMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void deliver(Handle handle, ReminderSweep.DueReminder due) {
        String key = "reminder:" + due.action().id() + ":" + due.reminder().kind().storeName() + ":" + due.reminder().day();
        for (ReminderSweep.Recipient recipient : due.recipients()) {
            outbox.postOnce(handle, key + ":" + recipient.userId(), recipient.userId(),
                    ReminderBlocks.reminder(due, recipient));
        }
        // The sender sees these once the transaction commits; until then a wake-up finds nothing.
        handle.afterCommit(outbox::wake);
    }

    @Override
    public void deliver(Handle handle, Digest digest, Optional<String> key) {
        SlackMessage message = DigestBlocks.digest(digest);
        for (String chair : digest.group().chairs()) {
            queue(handle, key.map(k -> k + ":" + chair), chair, message);
        }
        if (digest.toChannel()) {
            queue(handle, key.map(k -> k + ":channel"), digest.group().channelId(), message);
        }
        handle.afterCommit(outbox::wake);
    }

    @Override
    public void roundup(Handle handle, RoundupService.OwnerRoundup roundup, String key) {
        outbox.postOnce(handle, key, roundup.userId(), RoundupBlocks.roundup(roundup));
        handle.afterCommit(outbox::wake);
    }

    @Override
    public void rollup(Handle handle, RoundupService.Rollup rollup, String key) {
        SlackMessage message = RoundupBlocks.rollup(rollup);
        for (String chair : rollup.group().chairs()) {
            outbox.postOnce(handle, key + ":" + chair, chair, message);
        }
        handle.afterCommit(outbox::wake);
    }

    private void queue(Handle handle, Optional<String> key, String channel, SlackMessage message) {
        outbox.postOnce(handle, key.orElse(null), channel, message);
    }
}
