package org.themebot.imports;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Documents read and shown for checking, held until confirmed or expired: the only writer of pending_import. */
interface PendingImports {

    /** A held import, what was read still as JSON. */
    record Held(String id, String kind, String fileName, String notes) {
    }

    @SqlUpdate("""
            INSERT INTO pending_import (id, kind, workspace_id, channel_id, user_id, file_name, notes, expires_at)
            VALUES (:id, :kind, :workspace, :channel, :user, :fileName, :notes, :expires)
            """)
    void hold(@Bind("id") String id, @Bind("kind") String kind, @Bind("workspace") String workspaceId,
              @Bind("channel") String channelId, @Bind("user") String userId, @Bind("fileName") String fileName,
              @Bind("notes") String notes, @Bind("expires") Instant expiresAt);

    /** The import of this kind held for this person in this channel, while it has not expired. */
    @SqlQuery("""
            SELECT id, kind, file_name, notes FROM pending_import
            WHERE id = :id AND kind = :kind AND workspace_id = :workspace AND channel_id = :channel AND user_id = :user
              AND expires_at > :now
            """)
    @RegisterConstructorMapper(Held.class)
    Optional<Held> find(@Bind("id") String id, @Bind("kind") String kind, @Bind("workspace") String workspaceId,
                        @Bind("channel") String channelId, @Bind("user") String userId, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM pending_import WHERE id = :id")
    void forget(@Bind("id") String id);

    @SqlUpdate("DELETE FROM pending_import WHERE expires_at <= :now")
    void forgetExpired(@Bind("now") Instant now);
}
