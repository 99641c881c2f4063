package org.themebot.slack;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.themebot.store.Database;
import org.themebot.store.HandledRequests;

/**
 * How every request touches the database. A change runs in one transaction with its retry key
 * and the messages it causes: all of it is committed, or none (a crash before the commit leaves
 * nothing, and Slack's retry then applies it; after the commit the retry is recognised and the
 * outbox sends what was queued). A request that only reads writes nothing.
 */
public final class UnitOfWork {

    private final Database database;
    private final Outbox outbox;
    private final Clock clock;

    public UnitOfWork(Database database, Outbox outbox, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Applies a change once per {@code retryKey}: empty if that key was applied before (a retry).
     * A {@code CommandError} or any failure rolls everything back, the key included, so a
     * corrected or repeated request is applied afresh.
     */
    public Optional<Reply> change(String retryKey, Supplier<Reply> change) {
        return database.jdbi().inTransaction(handle -> {
            if (!handle.attach(HandledRequests.class).firstTime(retryKey, clock.instant())) {
                return Optional.empty();
            }
            Reply reply = change.get();
            reply.intents().forEach(intent -> outbox.queue(handle, intent));
            return Optional.of(reply);
        });
    }

    /** Runs a request that only reads; it may not cause messages. */
    public Reply read(Supplier<Reply> read) {
        Reply reply = database.reading(read);
        if (!reply.intents().isEmpty()) {
            throw new IllegalStateException("a reading request may not cause messages: " + reply.intents());
        }
        return reply;
    }
}
