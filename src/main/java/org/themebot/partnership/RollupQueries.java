package org.themebot.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The few figures of a member group's actions a partnership sees, read narrowly from actions. */
interface RollupQueries {

    record OverdueRow(int number, String text, LocalDate dueDate) {
    }

    @SqlQuery("SELECT COUNT(*) FROM action WHERE group_id = :groupId AND status = 'open'")
    int openCount(@Bind("groupId") long groupId);

    /** Open actions due before today, oldest first. */
    @SqlQuery("""
            SELECT number, text, due_date FROM action
            WHERE group_id = :groupId AND status = 'open' AND due_date < :today
            ORDER BY due_date, number
            """)
    @RegisterConstructorMapper(OverdueRow.class)
    List<OverdueRow> overdue(@Bind("groupId") long groupId, @Bind("today") LocalDate today);

    /** Actions done now whose latest completion is at or after {@code since}. */
    @SqlQuery("""
            SELECT COUNT(*) FROM action a WHERE a.group_id = :groupId AND a.status = 'done'
              AND (SELECT MAX(e.at) FROM action_event e WHERE e.action_id = a.id AND e.kind = 'done') >= :since
            """)
    int doneSince(@Bind("groupId") long groupId, @Bind("since") Instant since);
}
