package org.themebot.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Messages waiting to be sent, each sent once: queued in the transaction of the change that
 * causes them, leased by the one instance that sends them, in order per conversation.
 */
public interface OutboxStore {

    /** What is queued: {@code method} is the Web API method, {@code kind} how {@code payload} renders. */
    record Queued(String workspaceId, String conversation, String method, String kind, String payload,
                  String dedupeKey, Long groupId, String subject) {
    }

    record Pending(long id, String workspaceId, String conversation, String method, String kind, String payload,
                   Long groupId, String subject, int attempts, Instant createdAt) {
    }

    /**
     * Queues a message; a second message with the same key is ignored, and so is any message to a
     * workspace themebot may no longer send to (uninstalled). Returns whether it was queued.
     */
    @SqlUpdate("""
            INSERT INTO outbox (workspace_id, conversation, method, kind, payload, dedupe_key, group_id, subject,
                                status, attempts, next_attempt_at, created_at)
            SELECT :workspaceId, :conversation, :method, :kind, :payload, :dedupeKey, :groupId, :subject,
                   'pending', 0, :at, :at
            WHERE NOT EXISTS (SELECT 1 FROM sending_stopped s WHERE s.workspace_id = :workspaceId)
            ON CONFLICT (dedupe_key) DO NOTHING
            """)
    boolean enqueue(@BindMethods Queued message, @Bind("at") Instant at);

    /**
     * The first pending message of each conversation, when it is due and no live lease holds it:
     * what may be sent now without overtaking an earlier message to the same place.
     */
    @SqlQuery("""
            SELECT id, workspace_id, conversation, method, kind, payload, group_id, subject, attempts, created_at
            FROM outbox o
            WHERE status = 'pending' AND next_attempt_at <= :now
              AND (lease_until IS NULL OR lease_until < :now)
              AND id = (SELECT MIN(p.id) FROM outbox p WHERE p.status = 'pending' AND p.conversation = o.conversation)
            ORDER BY id LIMIT :limit
            """)
    @RegisterConstructorMapper(Pending.class)
    List<Pending> heads(@Bind("now") Instant now, @Bind("limit") int limit);

    /** Takes a message for this instance until {@code until}; false if another holds it or it was sent. */
    @SqlUpdate("""
            UPDATE outbox SET lease_owner = :owner, lease_until = :until
            WHERE id = :id AND status = 'pending' AND (lease_until IS NULL OR lease_until < :now)
            """)
    boolean lease(@Bind("id") long id, @Bind("owner") String owner, @Bind("until") Instant until,
                  @Bind("now") Instant now);

    /** The other instances that hold leases on messages not yet sent. */
    @SqlQuery("""
            SELECT DISTINCT lease_owner FROM outbox
            WHERE status = 'pending' AND lease_owner IS NOT NULL AND lease_owner <> :self AND lease_until >= :now
            """)
    List<String> otherLeaseHolders(@Bind("self") String self, @Bind("now") Instant now);

    /** Frees the messages an instance had claimed (it died): the next send takes them. */
    @SqlUpdate("UPDATE outbox SET lease_owner = NULL, lease_until = NULL WHERE status = 'pending' AND lease_owner = :owner")
    int releaseLeasesOf(@Bind("owner") String owner);

    @SqlUpdate("""
            UPDATE outbox SET status = 'sent', sent_at = :at, attempts = attempts + 1, last_error = NULL,
                              sent_channel = :channel, sent_ts = :ts, lease_owner = NULL, lease_until = NULL
            WHERE id = :id AND lease_owner = :owner
            """)
    boolean markSent(@Bind("id") long id, @Bind("owner") String owner, @Bind("channel") String channel,
                     @Bind("ts") String ts, @Bind("at") Instant at);

    @SqlUpdate("""
            UPDATE outbox SET next_attempt_at = :next, attempts = :attempts, last_error = :error,
                              lease_owner = NULL, lease_until = NULL
            WHERE id = :id AND lease_owner = :owner
            """)
    boolean retryAt(@Bind("id") long id, @Bind("owner") String owner, @Bind("next") Instant next,
                    @Bind("attempts") int attempts, @Bind("error") String error);

    @SqlUpdate("""
            UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = :error,
                              lease_owner = NULL, lease_until = NULL
            WHERE id = :id AND lease_owner = :owner
            """)
    boolean markFailed(@Bind("id") long id, @Bind("owner") String owner, @Bind("error") String error);

    /** Cancels everything still waiting to go to a workspace (it was uninstalled): failed, never retried. */
    @SqlUpdate("""
            UPDATE outbox SET status = 'failed', last_error = :reason, lease_owner = NULL, lease_until = NULL
            WHERE workspace_id = :workspaceId AND status = 'pending'
            """)
    int failPending(@Bind("workspaceId") String workspaceId, @Bind("reason") String reason);

    /** When the next pending message is due, to sleep until then. */
    @SqlQuery("SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'pending'")
    Optional<Instant> nextAttempt();

    /** Whether the bot sent this message ({@code ts} in {@code channel}) about {@code subject}. */
    @SqlQuery("""
            SELECT EXISTS (SELECT 1 FROM outbox WHERE sent_channel = :channel AND sent_ts = :ts AND subject = :subject
                           AND status = 'sent')
            """)
    boolean sentAbout(@Bind("channel") String channel, @Bind("ts") String ts, @Bind("subject") String subject);

    @SqlQuery("SELECT COUNT(*) FROM outbox WHERE status = :status")
    int count(@Bind("status") String status);
}
