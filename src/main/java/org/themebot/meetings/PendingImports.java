package org.themebot.meetings;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Action notes read and shown for checking, held until confirmed or expired (see {@link MeetingImport}). */
interface PendingImports {

    /** A held import, its notes still as JSON. */
    record Held(String id, String workspaceId, String channelId, String userId, String fileName, String notes,
                Instant expiresAt) {
    }

    @SqlUpdate("""
            INSERT INTO pending_import (id, workspace_id, channel_id, user_id, file_name, notes, expires_at)
            VALUES (:id, :workspace, :channel, :user, :fileName, :notes, :expires)
            """)
    void hold(@Bind("id") String id, @Bind("workspace") String workspaceId, @Bind("channel") String channelId,
              @Bind("user") String userId, @Bind("fileName") String fileName, @Bind("notes") String notes,
              @Bind("expires") Instant expiresAt);

    /** The import held for this person in this channel, while it has not expired. */
    @SqlQuery("""
            SELECT id, workspace_id, channel_id, user_id, file_name, notes, expires_at FROM pending_import
            WHERE id = :id AND workspace_id = :workspace AND channel_id = :channel AND user_id = :user AND expires_at > :now
            """)
    @RegisterConstructorMapper(Held.class)
    Optional<Held> find(@Bind("id") String id, @Bind("workspace") String workspaceId, @Bind("channel") String channelId,
                        @Bind("user") String userId, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM pending_import WHERE id = :id")
    void forget(@Bind("id") String id);

    @SqlUpdate("DELETE FROM pending_import WHERE expires_at <= :now")
    void forgetExpired(@Bind("now") Instant now);
}
