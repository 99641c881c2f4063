package org.themebot.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.themebot.people.Who;
import org.themebot.store.ResultColumns;

/** Actions, their owners and their history. */
public interface ActionStore {

    record ActionRow(long id, long groupId, int number, String text, String timescale, LocalDate dueDate,
                     String status, String createdBy, Instant createdAt, Long meetingId,
                     Long agendaItemId, Integer meetingPosition) {
        Optional<MeetingLink.Filing> filing() {
            return meetingId == null ? Optional.empty()
                    : Optional.of(new MeetingLink.Filing(meetingId, agendaItemId, meetingPosition));
        }
    }

    record OwnerRow(long actionId, String kind, String value) {
    }

    record EventRow(long actionId, String kind, String detail, String actor, Instant at) {
    }

    /** An action's row joined to one of its owners (both null when it has none). */
    record OwnedRow(ActionRow action, String ownerKind, String ownerValue) {
    }

    /** {@link #WITH_OWNERS}'s columns, by position. */
    class OwnedRowMapper implements RowMapper<OwnedRow> {
        @Override
        public OwnedRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new OwnedRow(new ActionRow(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                    rs.getString(5), ResultColumns.date(rs, 6), rs.getString(7), rs.getString(8),
                    ResultColumns.instant(rs, 9), ResultColumns.longOrNull(rs, 10), ResultColumns.longOrNull(rs, 11),
                    ResultColumns.intOrNull(rs, 12)), rs.getString(13), rs.getString(14));
        }
    }

    String COLUMNS = "id, group_id, number, text, timescale, due_date, status, created_by, created_at, meeting_id, agenda_item_id, meeting_position";

    /** Actions with their owners in one query, for the lookups every list and change makes. */
    String WITH_OWNERS = """
            SELECT a.id, a.group_id, a.number, a.text, a.timescale, a.due_date, a.status, a.created_by, a.created_at,
                   a.meeting_id, a.agenda_item_id, a.meeting_position, o.kind AS owner_kind, o.value AS owner_value
            FROM action a LEFT JOIN action_owner o ON o.action_id = a.id
            """;

    @SqlQuery("""
            INSERT INTO action (group_id, number, text, timescale, due_date, status, created_by, created_at, updated_at,
                                reminders_from)
            VALUES (:groupId, :number, :text, :timescale, :due, 'open', :createdBy, :at, :at, :at)
            RETURNING id
            """)
    long insert(@Bind("groupId") long groupId, @Bind("number") int number, @Bind("text") String text,
                @Bind("timescale") String timescale, @Bind("due") LocalDate due,
                @Bind("createdBy") String createdBy, @Bind("at") Instant at);

    @SqlUpdate("INSERT INTO action_owner (action_id, position, kind, value) VALUES (:actionId, :position, :kind, :value)")
    void insertOwner(@Bind("actionId") long actionId, @Bind("position") int position,
                     @Bind("kind") String kind, @Bind("value") String value);

    @SqlUpdate("DELETE FROM action_owner WHERE action_id = :actionId")
    void deleteOwners(@Bind("actionId") long actionId);

    @SqlUpdate("INSERT INTO action_event (action_id, kind, detail, actor, at) VALUES (:actionId, :kind, :detail, :actor, :at)")
    void insertEvent(@Bind("actionId") long actionId, @Bind("kind") String kind, @Bind("detail") String detail,
                     @Bind("actor") String actor, @Bind("at") Instant at);

    @SqlUpdate("UPDATE action SET status = :status, updated_at = :at WHERE id = :id")
    void setStatus(@Bind("id") long id, @Bind("status") String status, @Bind("at") Instant at);

    /** A new due date starts its reminders afresh: none is back-dated to before the change. */
    @SqlUpdate("UPDATE action SET timescale = :timescale, due_date = :due, updated_at = :at, reminders_from = :at WHERE id = :id")
    void setTimescale(@Bind("id") long id, @Bind("timescale") String timescale, @Bind("due") LocalDate due,
                      @Bind("at") Instant at);

    /** No reminder of the action is sent for an instant before {@code from}. */
    @SqlUpdate("UPDATE action SET reminders_from = :from, updated_at = :at WHERE id = :id")
    void holdRemindersUntil(@Bind("id") long id, @Bind("from") Instant from, @Bind("at") Instant at);

    @SqlUpdate("UPDATE action SET meeting_id = :meetingId, agenda_item_id = :itemId, meeting_position = :position WHERE id = :id")
    void fileUnder(@Bind("id") long id, @Bind("meetingId") long meetingId, @Bind("itemId") Long agendaItemId,
                   @Bind("position") int position);

    @SqlQuery("SELECT " + COLUMNS + " FROM action WHERE meeting_id = :meetingId ORDER BY meeting_position")
    @RegisterConstructorMapper(ActionRow.class)
    List<ActionRow> rowsOfMeeting(@Bind("meetingId") long meetingId);

    @SqlUpdate("UPDATE action SET updated_at = :at WHERE id = :id")
    void touch(@Bind("id") long id, @Bind("at") Instant at);

    @SqlQuery(WITH_OWNERS + "WHERE a.group_id = :groupId AND a.number = :number ORDER BY o.position")
    @RegisterRowMapper(OwnedRowMapper.class)
    List<OwnedRow> ownedRows(@Bind("groupId") long groupId, @Bind("number") int number);

    @SqlQuery("SELECT " + COLUMNS + " FROM action WHERE id = :id")
    @RegisterConstructorMapper(ActionRow.class)
    Optional<ActionRow> findRowById(@Bind("id") long id);

    @SqlQuery(WITH_OWNERS + "WHERE a.group_id = :groupId AND a.status IN (<statuses>) ORDER BY a.number, o.position")
    @RegisterRowMapper(OwnedRowMapper.class)
    List<OwnedRow> ownedRowsByStatus(@Bind("groupId") long groupId, @BindList("statuses") Collection<String> statuses);

    /** Actions of a group marked done after an instant (and still done). */
    @SqlQuery("SELECT " + COLUMNS + " FROM action WHERE group_id = :groupId AND status = 'done' AND id IN "
            + "(SELECT action_id FROM action_event WHERE kind = 'done' AND at > :since) ORDER BY number")
    @RegisterConstructorMapper(ActionRow.class)
    List<ActionRow> rowsDoneSince(@Bind("groupId") long groupId, @Bind("since") Instant since);

    /** Open actions a Slack user owns, across the groups of a workspace. */
    @SqlQuery("SELECT " + COLUMNS + " FROM action WHERE status = 'open' AND id IN "
            + "(SELECT action_id FROM action_owner WHERE kind = 'user' AND value = :userId) AND group_id IN "
            + "(SELECT id FROM theme_group WHERE workspace_id = :workspaceId) ORDER BY group_id, number")
    @RegisterConstructorMapper(ActionRow.class)
    List<ActionRow> rowsOpenOwnedBy(@Bind("workspaceId") String workspaceId, @Bind("userId") String userId);

    @SqlQuery("SELECT action_id, kind, value FROM action_owner WHERE action_id IN (<ids>) ORDER BY action_id, position")
    @RegisterConstructorMapper(OwnerRow.class)
    List<OwnerRow> ownerRows(@BindList("ids") Collection<Long> actionIds);

    @SqlQuery("SELECT action_id, kind, detail, actor, at FROM action_event WHERE action_id = :actionId ORDER BY id")
    @RegisterConstructorMapper(EventRow.class)
    List<EventRow> eventRows(@Bind("actionId") long actionId);

    default Optional<Action> find(long groupId, int number) {
        return joined(ownedRows(groupId, number)).stream().findFirst();
    }

    default Optional<Action> findById(long id) {
        return findRowById(id).map(row -> withOwners(List.of(row)).get(0));
    }

    default List<Action> byStatus(long groupId, Collection<ActionStatus> statuses) {
        return joined(ownedRowsByStatus(groupId, statuses.stream().map(ActionStatus::storeName).toList()));
    }

    default List<Action> openOwnedBy(String workspaceId, String userId) {
        return withOwners(rowsOpenOwnedBy(workspaceId, userId));
    }

    default List<Action> doneSince(long groupId, Instant since) {
        return withOwners(rowsDoneSince(groupId, since));
    }

    default List<Action> ofMeeting(long meetingId) {
        return withOwners(rowsOfMeeting(meetingId));
    }

    default void replaceOwners(long actionId, List<Who> owners) {
        deleteOwners(actionId);
        for (int i = 0; i < owners.size(); i++) {
            insertOwner(actionId, i, owners.get(i).kind(), owners.get(i).value());
        }
    }

    default void record(long actionId, ActionEvent.Kind kind, String detail, String actor, Instant at) {
        insertEvent(actionId, kind.storeName(), detail, actor, at);
    }

    default List<ActionEvent> history(long actionId) {
        return eventRows(actionId).stream()
                .map(e -> new ActionEvent(e.actionId(), ActionEvent.Kind.of(e.kind()), e.detail(), e.actor(), e.at()))
                .toList();
    }

    /** Rows with their owners, fetched in one query for the lot. */
    default List<Action> withOwners(List<ActionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Who>> owners = new LinkedHashMap<>();
        for (OwnerRow o : ownerRows(rows.stream().map(ActionRow::id).toList())) {
            owners.computeIfAbsent(o.actionId(), id -> new ArrayList<>()).add(Who.of(o.kind(), o.value()));
        }
        return rows.stream().map(r -> action(r, owners.getOrDefault(r.id(), List.of()))).toList();
    }

    /** Joined rows (each action's rows together, its owners in order) as actions. */
    private static List<Action> joined(List<OwnedRow> rows) {
        Map<Long, ActionRow> actions = new LinkedHashMap<>();
        Map<Long, List<Who>> owners = new LinkedHashMap<>();
        for (OwnedRow row : rows) {
            List<Who> its = owners.computeIfAbsent(row.action().id(), id -> new ArrayList<>());
            actions.putIfAbsent(row.action().id(), row.action());
            if (row.ownerKind() != null) {
                its.add(Who.of(row.ownerKind(), row.ownerValue()));
            }
        }
        return actions.values().stream().map(r -> action(r, owners.get(r.id()))).toList();
    }

    private static Action action(ActionRow r, List<Who> owners) {
        return new Action(r.id(), r.groupId(), r.number(), r.text(), List.copyOf(owners), r.timescale(),
                Optional.ofNullable(r.dueDate()), ActionStatus.of(r.status()), r.createdBy(), r.createdAt(), r.filing());
    }
}
