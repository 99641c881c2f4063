package org.themebot.goodpractice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Good-practice submissions and the strands each concerns. */
public interface SubmissionStore {

    record SubmissionRow(long id, long groupId, int number, String title, String description, String link,
                         String principle, String submittedBy, String onBehalfOf, String status, Long meetingId,
                         Instant submittedAt) {
    }

    record StrandRow(long submissionId, String strand) {
    }

    String COLUMNS = "id, group_id, number, title, description, link, principle, submitted_by, on_behalf_of, status, "
            + "meeting_id, submitted_at";

    /** Takes the next submission number of a group; call inside the transaction that inserts the submission. */
    @SqlQuery("""
            UPDATE theme_group SET next_submission_number = next_submission_number + 1
            WHERE id = :id RETURNING next_submission_number - 1
            """)
    int takeNumber(@Bind("id") long groupId);

    @SqlQuery("""
            INSERT INTO submission (group_id, number, title, description, link, principle, submitted_by, on_behalf_of,
                                    status, submitted_at, updated_at)
            VALUES (:groupId, :number, :title, :description, :link, :principle, :submittedBy, :onBehalfOf,
                    'submitted', :at, :at)
            RETURNING id
            """)
    long insertRow(@Bind("groupId") long groupId, @Bind("number") int number, @Bind("title") String title,
                   @Bind("description") String description, @Bind("link") String link,
                   @Bind("principle") String principle, @Bind("submittedBy") String submittedBy,
                   @Bind("onBehalfOf") String onBehalfOf, @Bind("at") Instant at);

    @SqlUpdate("INSERT INTO submission_strand (submission_id, position, strand) VALUES (:id, :position, :strand)")
    void insertStrand(@Bind("id") long submissionId, @Bind("position") int position, @Bind("strand") String strand);

    @SqlUpdate("UPDATE submission SET status = :status, updated_at = :at WHERE id = :id")
    void setStatus(@Bind("id") long id, @Bind("status") String status, @Bind("at") Instant at);

    /** Files what is tabled and not yet at a meeting under this meeting. */
    @SqlUpdate("""
            UPDATE submission SET meeting_id = :meetingId, updated_at = :at
            WHERE group_id = :groupId AND status = 'tabled' AND meeting_id IS NULL
            """)
    void fileTabled(@Bind("groupId") long groupId, @Bind("meetingId") long meetingId, @Bind("at") Instant at);

    @SqlUpdate("UPDATE submission SET status = 'discussed', updated_at = :at WHERE meeting_id = :meetingId AND status = 'tabled'")
    void markDiscussed(@Bind("meetingId") long meetingId, @Bind("at") Instant at);

    @SqlQuery("SELECT " + COLUMNS + " FROM submission WHERE group_id = :groupId AND number = :number")
    @RegisterConstructorMapper(SubmissionRow.class)
    Optional<SubmissionRow> findRow(@Bind("groupId") long groupId, @Bind("number") int number);

    @SqlQuery("SELECT " + COLUMNS + " FROM submission WHERE id = :id")
    @RegisterConstructorMapper(SubmissionRow.class)
    Optional<SubmissionRow> findRowById(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM submission WHERE group_id = :groupId AND status IN (<statuses>) ORDER BY number")
    @RegisterConstructorMapper(SubmissionRow.class)
    List<SubmissionRow> rowsByStatus(@Bind("groupId") long groupId, @BindList("statuses") Collection<String> statuses);

    @SqlQuery("SELECT " + COLUMNS + " FROM submission"
            + " WHERE group_id = :groupId AND status <> 'withdrawn' AND submitted_at > :since ORDER BY number")
    @RegisterConstructorMapper(SubmissionRow.class)
    List<SubmissionRow> rowsSubmittedSince(@Bind("groupId") long groupId, @Bind("since") Instant since);

    @SqlQuery("SELECT " + COLUMNS + " FROM submission WHERE meeting_id = :meetingId AND status IN ('tabled', 'discussed') ORDER BY number")
    @RegisterConstructorMapper(SubmissionRow.class)
    List<SubmissionRow> rowsAtMeeting(@Bind("meetingId") long meetingId);

    @SqlQuery("SELECT submission_id, strand FROM submission_strand WHERE submission_id IN (<ids>) ORDER BY submission_id, position")
    @RegisterConstructorMapper(StrandRow.class)
    List<StrandRow> strandRows(@BindList("ids") Collection<Long> submissionIds);

    /** Inserts a submission with its strands and returns it as stored. */
    default Submission insert(long groupId, String title, String description, String link, List<String> strands,
                              Optional<String> principle, String submittedBy, Optional<String> onBehalfOf, Instant at) {
        long id = insertRow(groupId, takeNumber(groupId), title, description, link, principle.orElse(null), submittedBy,
                onBehalfOf.orElse(null), at);
        for (int i = 0; i < strands.size(); i++) {
            insertStrand(id, i, strands.get(i));
        }
        return findById(id).orElseThrow();
    }

    default Optional<Submission> find(long groupId, int number) {
        return findRow(groupId, number).map(row -> withStrands(List.of(row)).get(0));
    }

    default Optional<Submission> findById(long id) {
        return findRowById(id).map(row -> withStrands(List.of(row)).get(0));
    }

    default List<Submission> byStatus(long groupId, Collection<SubmissionStatus> statuses) {
        return withStrands(rowsByStatus(groupId, statuses.stream().map(SubmissionStatus::storeName).toList()));
    }

    default List<Submission> submittedSince(long groupId, Instant since) {
        return withStrands(rowsSubmittedSince(groupId, since));
    }

    default List<Submission> atMeeting(long meetingId) {
        return withStrands(rowsAtMeeting(meetingId));
    }

    /** Rows with their strands, fetched in one query for the lot. */
    private List<Submission> withStrands(List<SubmissionRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> strands = new LinkedHashMap<>();
        for (StrandRow s : strandRows(rows.stream().map(SubmissionRow::id).toList())) {
            strands.computeIfAbsent(s.submissionId(), id -> new ArrayList<>()).add(s.strand());
        }
        return rows.stream().map(r -> new Submission(r.id(), r.groupId(), r.number(), r.title(), r.description(),
                r.link(), strands.getOrDefault(r.id(), List.of()), Optional.ofNullable(r.principle()), r.submittedBy(),
                Optional.ofNullable(r.onBehalfOf()), SubmissionStatus.of(r.status()), Optional.ofNullable(r.meetingId()),
                r.submittedAt())).toList();
    }
}
