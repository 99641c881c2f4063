package org.themebot.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transactional;
import org.themebot.store.ResultColumns;

/** Theme groups and their chairs and secretaries. */
public interface GroupStore extends Transactional<GroupStore> {

    /** A group's row joined to one of its roles (both null when it has none). */
    record GroupRoleRow(long id, String workspaceId, String channelId, String name, String timeZone,
                        Instant createdAt, String role, String userId) {
    }

    /** {@link #WITH_ROLES}'s columns, by position. */
    class GroupRoleRowMapper implements RowMapper<GroupRoleRow> {
        @Override
        public GroupRoleRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new GroupRoleRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    ResultColumns.instant(rs, 6), rs.getString(7), rs.getString(8));
        }
    }

    /** A group with its chairs and secretaries, in one query: every command begins by finding its group. */
    String WITH_ROLES = """
            SELECT g.id, g.workspace_id, g.channel_id, g.name, g.time_zone, g.created_at, r.role, r.user_id
            FROM theme_group g LEFT JOIN group_role r ON r.group_id = g.id
            """;

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

    @SqlQuery(WITH_ROLES + "WHERE g.workspace_id = :workspaceId AND g.channel_id = :channelId ORDER BY r.role, r.position")
    @RegisterRowMapper(GroupRoleRowMapper.class)
    List<GroupRoleRow> rowsIn(@Bind("workspaceId") String workspaceId, @Bind("channelId") String channelId);

    @SqlQuery(WITH_ROLES + "WHERE g.id = :id ORDER BY r.role, r.position")
    @RegisterRowMapper(GroupRoleRowMapper.class)
    List<GroupRoleRow> rowsById(@Bind("id") long id);

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
        return withRoles(rowsIn(workspaceId, channelId));
    }

    default Optional<ThemeGroup> findById(long id) {
        return withRoles(rowsById(id));
    }

    default void replaceRole(long groupId, Role role, List<String> userIds) {
        clearRole(groupId, role.storeName());
        for (int i = 0; i < userIds.size(); i++) {
            addRole(groupId, role.storeName(), userIds.get(i), i);
        }
    }

    private static Optional<ThemeGroup> withRoles(List<GroupRoleRow> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        GroupRoleRow group = rows.get(0);
        return Optional.of(new ThemeGroup(group.id(), group.workspaceId(), group.channelId(), group.name(),
                ZoneId.of(group.timeZone()), holders(rows, Role.CHAIR), holders(rows, Role.SECRETARY),
                group.createdAt()));
    }

    private static List<String> holders(List<GroupRoleRow> rows, Role role) {
        return rows.stream().filter(row -> role.storeName().equals(row.role())).map(GroupRoleRow::userId).toList();
    }
}
