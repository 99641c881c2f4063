package org.themebot.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Round-up claims (one round-up and one roll-up per group and meeting) and the owners' answers. */
public interface RoundupStore {

    record AnswerRow(long actionId, String answer, String userId, Instant answeredAt) {
    }

    /** Claims a group's round-up or roll-up for a meeting; false if it was claimed before. */
    @SqlUpdate("""
            INSERT INTO roundup_claim (group_id, meeting_date, kind, claimed_at) VALUES (:groupId, :meeting, :kind, :at)
            ON CONFLICT DO NOTHING
            """)
    boolean claim(@Bind("groupId") long groupId, @Bind("meeting") LocalDate meetingDate, @Bind("kind") String kind,
                  @Bind("at") Instant at);

    @SqlQuery("SELECT EXISTS (SELECT 1 FROM roundup_claim WHERE group_id = :groupId AND meeting_date = :meeting AND kind = :kind)")
    boolean isClaimed(@Bind("groupId") long groupId, @Bind("meeting") LocalDate meetingDate, @Bind("kind") String kind);

    @SqlUpdate("""
            INSERT INTO roundup_answer (action_id, meeting_date, group_id, answer, user_id, answered_at)
            VALUES (:actionId, :meeting, :groupId, :answer, :userId, :at)
            ON CONFLICT (action_id, meeting_date) DO UPDATE
            SET answer = excluded.answer, user_id = excluded.user_id, answered_at = excluded.answered_at
            """)
    void answer(@Bind("actionId") long actionId, @Bind("meeting") LocalDate meetingDate, @Bind("groupId") long groupId,
                @Bind("answer") String answer, @Bind("userId") String userId, @Bind("at") Instant at);

    @SqlQuery("""
            SELECT action_id, answer, user_id, answered_at FROM roundup_answer
            WHERE group_id = :groupId AND meeting_date = :meeting ORDER BY action_id
            """)
    @RegisterConstructorMapper(AnswerRow.class)
    List<AnswerRow> answers(@Bind("groupId") long groupId, @Bind("meeting") LocalDate meetingDate);

    /** The meeting date of the group's latest round-up on or before a day, and no older than a limit. */
    @SqlQuery("""
            SELECT MAX(meeting_date) FROM roundup_claim
            WHERE group_id = :groupId AND kind = 'roundup' AND meeting_date <= :latest AND meeting_date >= :earliest
            """)
    Optional<LocalDate> latestRoundup(@Bind("groupId") long groupId, @Bind("earliest") LocalDate earliest,
                                      @Bind("latest") LocalDate latest);
}
