package org.themebot.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.themebot.people.Who;

/**
 * Plan objectives, their steps, measurables, reviews, the links from actions, and the review
 * cadence: the only writer of the plan tables. Actions are read, never written.
 */
public interface PlanStore {

    record ItemRow(long id, long groupId, int number, String objective, String timescale, LocalDate startDate,
                   LocalDate endDate, String leadKind, String leadValue, String status, String statusComment,
                   Instant createdAt, Instant updatedAt) {
    }

    record StepRow(long planItemId, String text) {
    }

    record MeasureRow(long planItemId, int position, String text, Instant doneAt) {
    }

    record ReviewRow(long id, long planItemId, String kind, String text, String userId, Long meetingId, Instant at) {
        PlanReview toReview() {
            return new PlanReview(id, planItemId, PlanReview.Kind.valueOf(kind.toUpperCase(Locale.ROOT)),
                    text, userId, Optional.ofNullable(meetingId), at);
        }
    }

    record ActionRow(long planItemId, int number, String text, String status, LocalDate dueDate, Instant doneAt) {
        LinkedAction toLinked() {
            return new LinkedAction(planItemId, number, text, status, Optional.ofNullable(dueDate),
                    Optional.ofNullable(doneAt));
        }
    }

    String COLUMNS = "id, group_id, number, objective, timescale, start_date, end_date, lead_kind, lead_value,"
            + " status, status_comment, created_at, updated_at";

    @SqlQuery("""
            INSERT INTO plan_item (group_id, number, objective, timescale, start_date, end_date, lead_kind, lead_value,
                                   status, created_by, created_at, updated_at)
            VALUES (:groupId, (SELECT COALESCE(MAX(number), 0) + 1 FROM plan_item WHERE group_id = :groupId),
                    :objective, :timescale, :start, :end, :leadKind, :leadValue, 'on-track', :by, :at, :at)
            RETURNING id
            """)
    long insertItem(@Bind("groupId") long groupId, @Bind("objective") String objective,
                    @Bind("timescale") String timescale, @Bind("start") LocalDate start, @Bind("end") LocalDate end,
                    @Bind("leadKind") String leadKind, @Bind("leadValue") String leadValue, @Bind("by") String by,
                    @Bind("at") Instant at);

    @SqlUpdate("""
            UPDATE plan_item SET objective = :objective, timescale = :timescale, start_date = :start, end_date = :end,
                                 lead_kind = :leadKind, lead_value = :leadValue, updated_at = :at
            WHERE id = :id
            """)
    void updateItem(@Bind("id") long id, @Bind("objective") String objective, @Bind("timescale") String timescale,
                    @Bind("start") LocalDate start, @Bind("end") LocalDate end, @Bind("leadKind") String leadKind,
                    @Bind("leadValue") String leadValue, @Bind("at") Instant at);

    @SqlUpdate("UPDATE plan_item SET status = :status, status_comment = :comment, updated_at = :at WHERE id = :id")
    void setStatus(@Bind("id") long id, @Bind("status") String status, @Bind("comment") String comment,
                   @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM plan_step WHERE plan_item_id = :id")
    void deleteSteps(@Bind("id") long planItemId);

    @SqlUpdate("INSERT INTO plan_step (plan_item_id, position, text) VALUES (:id, :position, :text)")
    void insertStep(@Bind("id") long planItemId, @Bind("position") int position, @Bind("text") String text);

    @SqlUpdate("DELETE FROM plan_measure WHERE plan_item_id = :id")
    void deleteMeasures(@Bind("id") long planItemId);

    @SqlUpdate("""
            INSERT INTO plan_measure (plan_item_id, position, text, done_at) VALUES (:id, :position, :text, :doneAt)
            """)
    void insertMeasure(@Bind("id") long planItemId, @Bind("position") int position, @Bind("text") String text,
                       @Bind("doneAt") Instant doneAt);

    /** Ticks (an instant) or unticks (null) one measurable. */
    @SqlUpdate("UPDATE plan_measure SET done_at = :doneAt WHERE plan_item_id = :id AND position = :position")
    void markMeasure(@Bind("id") long planItemId, @Bind("position") int position, @Bind("doneAt") Instant doneAt);

    @SqlQuery("""
            INSERT INTO plan_review (plan_item_id, kind, text, user_id, meeting_id, at)
            VALUES (:id, :kind, :text, :userId, :meetingId, :at) RETURNING id
            """)
    long insertReview(@Bind("id") long planItemId, @Bind("kind") String kind, @Bind("text") String text,
                      @Bind("userId") String userId, @Bind("meetingId") Long meetingId, @Bind("at") Instant at);

    @SqlUpdate("UPDATE plan_item SET updated_at = :at WHERE id = :id")
    void touch(@Bind("id") long id, @Bind("at") Instant at);

    @SqlQuery("SELECT " + COLUMNS + " FROM plan_item WHERE group_id = :groupId ORDER BY number")
    @RegisterConstructorMapper(ItemRow.class)
    List<ItemRow> itemRows(@Bind("groupId") long groupId);

    @SqlQuery("SELECT " + COLUMNS + " FROM plan_item WHERE group_id = :groupId AND number = :number")
    @RegisterConstructorMapper(ItemRow.class)
    Optional<ItemRow> itemRow(@Bind("groupId") long groupId, @Bind("number") int number);

    @SqlQuery("SELECT " + COLUMNS + " FROM plan_item WHERE id = :id")
    @RegisterConstructorMapper(ItemRow.class)
    Optional<ItemRow> itemRowById(@Bind("id") long id);

    @SqlQuery("SELECT plan_item_id, text FROM plan_step WHERE plan_item_id IN (<ids>) ORDER BY plan_item_id, position")
    @RegisterConstructorMapper(StepRow.class)
    List<StepRow> stepRows(@BindList("ids") Collection<Long> planItemIds);

    @SqlQuery("SELECT plan_item_id, position, text, done_at FROM plan_measure WHERE plan_item_id IN (<ids>) ORDER BY plan_item_id, position")
    @RegisterConstructorMapper(MeasureRow.class)
    List<MeasureRow> measureRows(@BindList("ids") Collection<Long> planItemIds);

    @SqlQuery("""
            SELECT r.id, r.plan_item_id, r.kind, r.text, r.user_id, r.meeting_id, r.at
            FROM plan_review r JOIN plan_item p ON p.id = r.plan_item_id
            WHERE p.group_id = :groupId ORDER BY r.at, r.id
            """)
    @RegisterConstructorMapper(ReviewRow.class)
    List<ReviewRow> reviewRows(@Bind("groupId") long groupId);

    @SqlQuery("SELECT id, plan_item_id, kind, text, user_id, meeting_id, at FROM plan_review WHERE meeting_id = :meetingId ORDER BY at, id")
    @RegisterConstructorMapper(ReviewRow.class)
    List<ReviewRow> reviewRowsAtMeeting(@Bind("meetingId") long meetingId);

    /** Upserts: an action serves one objective, so linking it again moves it. */
    @SqlUpdate("""
            INSERT INTO plan_action_link (action_id, plan_item_id, linked_by, linked_at) VALUES (:actionId, :planItemId, :by, :at)
            ON CONFLICT (action_id) DO UPDATE SET plan_item_id = excluded.plan_item_id,
                linked_by = excluded.linked_by, linked_at = excluded.linked_at
            """)
    void link(@Bind("actionId") long actionId, @Bind("planItemId") long planItemId, @Bind("by") String by,
              @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM plan_action_link WHERE action_id = :actionId")
    int unlink(@Bind("actionId") long actionId);

    /** The actions linked to a group's objectives, read narrowly from actions: when each was done is its latest done event. */
    @SqlQuery("""
            SELECT l.plan_item_id, a.number, a.text, a.status, a.due_date,
                   (SELECT MAX(e.at) FROM action_event e WHERE e.action_id = a.id AND e.kind = 'done') AS done_at
            FROM plan_action_link l JOIN action a ON a.id = l.action_id JOIN plan_item p ON p.id = l.plan_item_id
            WHERE p.group_id = :groupId ORDER BY a.number
            """)
    @RegisterConstructorMapper(ActionRow.class)
    List<ActionRow> linkedActionRows(@Bind("groupId") long groupId);

    @SqlQuery("SELECT plan_item_id FROM plan_action_link WHERE action_id = :actionId")
    Optional<Long> planItemIdOf(@Bind("actionId") long actionId);

    @SqlQuery("SELECT review_cadence FROM plan_settings WHERE group_id = :groupId")
    Optional<String> cadenceWord(@Bind("groupId") long groupId);

    @SqlUpdate("""
            INSERT INTO plan_settings (group_id, review_cadence) VALUES (:groupId, :cadence)
            ON CONFLICT (group_id) DO UPDATE SET review_cadence = excluded.review_cadence
            """)
    void setCadence(@Bind("groupId") long groupId, @Bind("cadence") String cadence);

    // ---- whole objectives

    default List<PlanItem> items(long groupId) {
        return assemble(itemRows(groupId));
    }

    default Optional<PlanItem> item(long groupId, int number) {
        return itemRow(groupId, number).map(row -> assemble(List.of(row)).get(0));
    }

    default Optional<PlanItem> itemById(long id) {
        return itemRowById(id).map(row -> assemble(List.of(row)).get(0));
    }

    default long insert(long groupId, PlanDraft draft, PlanTimescale timescale, String by, Instant at) {
        Optional<Who> lead = draft.lead().stream().findFirst();
        long id = insertItem(groupId, draft.objective(), timescale.text(), timescale.start().orElse(null),
                timescale.end().orElse(null), lead.map(Who::kind).orElse(null), lead.map(Who::value).orElse(null),
                by, at);
        replaceSteps(id, draft.methodology());
        for (int i = 0; i < draft.measurables().size(); i++) {
            insertMeasure(id, i + 1, draft.measurables().get(i), null);
        }
        return id;
    }

    /**
     * Replaces the five columns. A measurable whose text is unchanged keeps its done tick, so
     * editing the wording of one output does not untick the others.
     */
    default void update(PlanItem item, PlanDraft draft, PlanTimescale timescale, Instant at) {
        Optional<Who> lead = draft.lead().stream().findFirst();
        updateItem(item.id(), draft.objective(), timescale.text(), timescale.start().orElse(null),
                timescale.end().orElse(null), lead.map(Who::kind).orElse(null), lead.map(Who::value).orElse(null), at);
        replaceSteps(item.id(), draft.methodology());
        Map<String, Instant> doneByText = new LinkedHashMap<>();
        item.measurables().forEach(m -> m.doneAt().ifPresent(when -> doneByText.putIfAbsent(m.text(), when)));
        deleteMeasures(item.id());
        for (int i = 0; i < draft.measurables().size(); i++) {
            String text = draft.measurables().get(i);
            Instant doneAt = doneByText.remove(text);
            insertMeasure(item.id(), i + 1, text, doneAt);
        }
    }

    private void replaceSteps(long id, List<String> steps) {
        deleteSteps(id);
        for (int i = 0; i < steps.size(); i++) {
            insertStep(id, i + 1, steps.get(i));
        }
    }

    default List<PlanReview> reviews(long groupId) {
        return reviewRows(groupId).stream().map(ReviewRow::toReview).toList();
    }

    default List<LinkedAction> linkedActions(long groupId) {
        return linkedActionRows(groupId).stream().map(ActionRow::toLinked).toList();
    }

    default ReviewCadence cadence(long groupId) {
        return cadenceWord(groupId).flatMap(ReviewCadence::parse).orElse(ReviewCadence.EVERY);
    }

    private List<PlanItem> assemble(List<ItemRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(ItemRow::id).toList();
        Map<Long, List<String>> steps = new LinkedHashMap<>();
        stepRows(ids).forEach(s -> steps.computeIfAbsent(s.planItemId(), k -> new ArrayList<>()).add(s.text()));
        Map<Long, List<PlanItem.Measurable>> measures = new LinkedHashMap<>();
        measureRows(ids).forEach(m -> measures.computeIfAbsent(m.planItemId(), k -> new ArrayList<>())
                .add(new PlanItem.Measurable(m.position(), m.text(), Optional.ofNullable(m.doneAt()))));
        return rows.stream().map(row -> new PlanItem(row.id(), row.groupId(), row.number(), row.objective(),
                steps.getOrDefault(row.id(), List.of()),
                new PlanTimescale(row.timescale(), Optional.ofNullable(row.startDate()), Optional.ofNullable(row.endDate())),
                Optional.ofNullable(row.leadKind()).map(kind -> Who.of(kind, row.leadValue())),
                measures.getOrDefault(row.id(), List.of()), PlanStatus.stored(row.status()),
                Optional.ofNullable(row.statusComment()), row.createdAt(), row.updatedAt())).toList();
    }
}
