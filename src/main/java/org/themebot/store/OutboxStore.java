package org.themebot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Messages waiting to be sent to Slack, each sent once. */
public interface OutboxStore {

    record Pending(long id, String method, String payload, int attempts) {
    }

    /** Queues a message; a second message with the same key is ignored. Returns whether it was queued. */
    @SqlUpdate("""
            INSERT INTO outbox (dedupe_key, method, payload, status, attempts, next_attempt_at, created_at)
            VALUES (:key, :method, :payload, 'pending', 0, :at, :at)
            ON CONFLICT (dedupe_key) DO NOTHING
            """)
    boolean enqueue(@Bind("key") String dedupeKey, @Bind("method") String method, @Bind("payload") String payload,
                    @Bind("at") Instant at);

    @SqlQuery("""
            SELECT id, method, payload, attempts FROM outbox
            WHERE status = 'pending' AND next_attempt_at <= :now
            ORDER BY id LIMIT :limit
            """)
    @RegisterConstructorMapper(Pending.class)
    List<Pending> due(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlQuery("SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'")
    Optional<Instant> nextAttempt();

    @SqlUpdate("UPDATE outbox SET status = 'sent', sent_at = :at, attempts = attempts + 1, last_error = NULL WHERE id = :id")
    void markSent(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("UPDATE outbox SET next_attempt_at = :next, attempts = :attempts, last_error = :error WHERE id = :id")
    void retryAt(@Bind("id") long id, @Bind("next") Instant next, @Bind("attempts") int attempts,
                 @Bind("error") String error);

    @SqlUpdate("UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = :error WHERE id = :id")
    void markFailed(@Bind("id") long id, @Bind("error") String error);

    @SqlQuery("SELECT COUNT(*) FROM outbox WHERE status = :status")
    int count(@Bind("status") String status);
}
