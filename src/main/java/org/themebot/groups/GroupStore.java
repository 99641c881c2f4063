package org.themebot.groups;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transactional;

/** Theme groups and their chairs and secretaries. */
public interface GroupStore extends Transactional<GroupStore> {

    record GroupRow(long id, String workspaceId, String channelId, String name, String timeZone, Instant createdAt) {
    }

    @SqlUpdate("""
            INSERT INTO workspace (id, created_at) VALUES (:workspaceId, :at)
            ON CONFLICT (id) DO NOTHING
            """)
    void ensureWorkspace(@Bind("workspaceId") String workspaceId, @Bind("at") Instant at);

    @SqlQuery("""
            INSERT INTO theme_group (workspace_id, channel_id, name, time_zone, created_by, created_at)
            VALUES (:workspaceId, :channelId, :name, :zone, :createdBy, :at)
            RETURNING id
            """)
    long insertGroup(@Bind("workspaceId") String workspaceId, @Bind("channelId") String channelId,
                     @Bind("name") String name, @Bind("zone") String zone,
                     @Bind("createdBy") String createdBy, @Bind("at") Instant at);

    @SqlQuery("""
            SELECT id, workspace_id, channel_id, name, time_zone, created_at
            FROM theme_group WHERE workspace_id = :workspaceId AND channel_id = :channelId
            """)
    @RegisterConstructorMapper(GroupRow.class)
    Optional<GroupRow> findRow(@Bind("workspaceId") String workspaceId, @Bind("channelId") String channelId);

    @SqlQuery("""
            SELECT id, workspace_id, channel_id, name, time_zone, created_at
            FROM theme_group WHERE id = :id
            """)
    @RegisterConstructorMapper(GroupRow.class)
    Optional<GroupRow> findRowById(@Bind("id") long id);

    @SqlQuery("SELECT user_id FROM group_role WHERE group_id = :groupId AND role = :role ORDER BY position")
    List<String> roleHolders(@Bind("groupId") long groupId, @Bind("role") String role);

    @SqlUpdate("DELETE FROM group_role WHERE group_id = :groupId AND role = :role")
    void clearRole(@Bind("groupId") long groupId, @Bind("role") String role);

    @SqlUpdate("INSERT INTO group_role (group_id, role, user_id, position) VALUES (:groupId, :role, :userId, :position)")
    void addRole(@Bind("groupId") long groupId, @Bind("role") String role, @Bind("userId") String userId,
                 @Bind("position") int position);

    @SqlUpdate("UPDATE theme_group SET name = :name WHERE id = :id")
    void rename(@Bind("id") long id, @Bind("name") String name);

    @SqlUpdate("UPDATE theme_group SET time_zone = :zone WHERE id = :id")
    void setTimeZone(@Bind("id") long id, @Bind("zone") String zone);

    /** Takes the next action number of a group; call inside the transaction that inserts the action. */
    @SqlQuery("""
            UPDATE theme_group SET next_action_number = next_action_number + 1
            WHERE id = :id RETURNING next_action_number - 1
            """)
    int takeActionNumber(@Bind("id") long groupId);

    /** Takes the next meeting number (M1, M2 …) of a group; call inside the transaction that inserts the meeting. */
    @SqlQuery("""
            UPDATE theme_group SET next_meeting_number = next_meeting_number + 1
            WHERE id = :id RETURNING next_meeting_number - 1
            """)
    int takeMeetingNumber(@Bind("id") long groupId);

    @SqlQuery("SELECT id FROM theme_group WHERE workspace_id = :workspace ORDER BY id")
    List<Long> idsIn(@Bind("workspace") String workspaceId);

    /** The partnership whose board meets in this channel, if one does (the partnership feature's table, read only). */
    @SqlQuery("SELECT name FROM partnership WHERE workspace_id = :workspace AND channel_id = :channel")
    Optional<String> boardIn(@Bind("workspace") String workspaceId, @Bind("channel") String channelId);

    default Optional<ThemeGroup> find(String workspaceId, String channelId) {
        return findRow(workspaceId, channelId).map(this::withRoles);
    }

    default Optional<ThemeGroup> findById(long id) {
        return findRowById(id).map(this::withRoles);
    }

    default void replaceRole(long groupId, Role role, List<String> userIds) {
        clearRole(groupId, role.storeName());
        for (int i = 0; i < userIds.size(); i++) {
            addRole(groupId, role.storeName(), userIds.get(i), i);
        }
    }

    private ThemeGroup withRoles(GroupRow row) {
        return new ThemeGroup(row.id(), row.workspaceId(), row.channelId(), row.name(), ZoneId.of(row.timeZone()),
                roleHolders(row.id(), Role.CHAIR.storeName()), roleHolders(row.id(), Role.SECRETARY.storeName()),
                row.createdAt());
    }
}
