package org.themebot.partnership;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Partnerships, their officers, their member groups and the monthly report's claims: the only writer of these tables. */
public interface PartnershipStore {

    record Row(long id, String workspaceId, String channelId, String name, String timeZone, String reportSchedule,
               Instant reportsFrom, Instant createdAt) {
    }

    /** A group invited to, in, or gone from a partnership, with the channel it lives in. */
    record MemberRow(long partnershipId, long groupId, String channelId, String groupName, String status) {
        public MemberStatus memberStatus() {
            return MemberStatus.valueOf(status.toUpperCase(Locale.ROOT));
        }
    }

    String COLUMNS = "id, workspace_id, channel_id, name, time_zone, report_schedule, reports_from, created_at";

    @SqlQuery("""
            INSERT INTO partnership (workspace_id, channel_id, name, time_zone, created_by, created_at)
            VALUES (:workspaceId, :channelId, :name, :zone, :by, :at) RETURNING id
            """)
    long insert(@Bind("workspaceId") String workspaceId, @Bind("channelId") String channelId, @Bind("name") String name,
                @Bind("zone") String zone, @Bind("by") String by, @Bind("at") Instant at);

    @SqlUpdate("UPDATE partnership SET name = :name WHERE id = :id")
    void rename(@Bind("id") long id, @Bind("name") String name);

    @SqlUpdate("UPDATE partnership SET report_schedule = :schedule, reports_from = :from WHERE id = :id")
    void setSchedule(@Bind("id") long id, @Bind("schedule") String schedule, @Bind("from") Instant reportsFrom);

    @SqlQuery("SELECT " + COLUMNS + " FROM partnership WHERE workspace_id = :workspaceId AND channel_id = :channelId")
    @RegisterConstructorMapper(Row.class)
    Optional<Row> findRow(@Bind("workspaceId") String workspaceId, @Bind("channelId") String channelId);

    @SqlQuery("SELECT " + COLUMNS + " FROM partnership WHERE id = :id")
    @RegisterConstructorMapper(Row.class)
    Optional<Row> findRowById(@Bind("id") long id);

    @SqlQuery("SELECT id FROM partnership WHERE report_schedule = 'monthly' ORDER BY id")
    List<Long> monthlyIds();

    @SqlQuery("SELECT user_id FROM partnership_role WHERE partnership_id = :id AND role = :role ORDER BY position")
    List<String> roleHolders(@Bind("id") long id, @Bind("role") String role);

    @SqlUpdate("DELETE FROM partnership_role WHERE partnership_id = :id AND role = :role")
    void clearRole(@Bind("id") long id, @Bind("role") String role);

    @SqlUpdate("INSERT INTO partnership_role (partnership_id, role, user_id, position) VALUES (:id, :role, :userId, :position)")
    void addRole(@Bind("id") long id, @Bind("role") String role, @Bind("userId") String userId,
                 @Bind("position") int position);

    /** An invitation, new or again: a group that declined or left may be asked back. */
    @SqlUpdate("""
            INSERT INTO partnership_member (partnership_id, group_id, status, invited_by, invited_at)
            VALUES (:id, :groupId, 'invited', :by, :at)
            ON CONFLICT (partnership_id, group_id) DO UPDATE SET status = 'invited', invited_by = excluded.invited_by,
                invited_at = excluded.invited_at, answered_by = NULL, answered_at = NULL
            """)
    void invite(@Bind("id") long partnershipId, @Bind("groupId") long groupId, @Bind("by") String by,
                @Bind("at") Instant at);

    @SqlUpdate("""
            UPDATE partnership_member SET status = :status, answered_by = :by, answered_at = :at
            WHERE partnership_id = :id AND group_id = :groupId
            """)
    void answer(@Bind("id") long partnershipId, @Bind("groupId") long groupId, @Bind("status") String status,
                @Bind("by") String by, @Bind("at") Instant at);

    String MEMBER_COLUMNS = "m.partnership_id, m.group_id, g.channel_id, g.name AS group_name, m.status";

    @SqlQuery("SELECT " + MEMBER_COLUMNS + " FROM partnership_member m JOIN theme_group g ON g.id = m.group_id"
            + " WHERE m.partnership_id = :id ORDER BY m.invited_at, m.group_id")
    @RegisterConstructorMapper(MemberRow.class)
    List<MemberRow> members(@Bind("id") long partnershipId);

    @SqlQuery("SELECT " + MEMBER_COLUMNS + " FROM partnership_member m JOIN theme_group g ON g.id = m.group_id"
            + " WHERE m.partnership_id = :id AND m.group_id = :groupId")
    @RegisterConstructorMapper(MemberRow.class)
    Optional<MemberRow> member(@Bind("id") long partnershipId, @Bind("groupId") long groupId);

    /** The partnership a group belongs to now, if any: a group is a member of one at a time. */
    @SqlQuery("SELECT partnership_id FROM partnership_member WHERE group_id = :groupId AND status = 'member'")
    Optional<Long> partnershipOf(@Bind("groupId") long groupId);

    /** Claims a month's board report; true only for the one caller that claimed it. */
    @SqlUpdate("""
            INSERT INTO board_report_claim (partnership_id, month, claimed_at) VALUES (:id, :month, :at)
            ON CONFLICT (partnership_id, month) DO NOTHING
            """)
    int claim(@Bind("id") long partnershipId, @Bind("month") String month, @Bind("at") Instant at);

    default Optional<Partnership> find(String workspaceId, String channelId) {
        return findRow(workspaceId, channelId).map(this::withRoles);
    }

    default Optional<Partnership> findById(long id) {
        return findRowById(id).map(this::withRoles);
    }

    default void replaceRole(long id, String role, List<String> userIds) {
        clearRole(id, role);
        for (int i = 0; i < userIds.size(); i++) {
            addRole(id, role, userIds.get(i), i);
        }
    }

    private Partnership withRoles(Row row) {
        return new Partnership(row.id(), row.workspaceId(), row.channelId(), row.name(), ZoneId.of(row.timeZone()),
                roleHolders(row.id(), "chair"), roleHolders(row.id(), "secretary"),
                row.reportSchedule().equals("monthly"), Optional.ofNullable(row.reportsFrom()), row.createdAt());
    }
}
