package org.themebot.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Groups' reminder and digest settings, proxies, and the claims that make each reminder and digest go once. */
public interface ScheduleStore {

    record ScheduleRow(long id, String timeZone, int reminderDaysBefore, String reminderTime, String digestDay,
                       String digestTime, boolean digestToChannel, Instant digestFrom, Integer roundupDays,
                       Instant lastDigestAt, boolean longOverdueWeekly) {
        GroupSchedule toSchedule() {
            ZoneId zone = ZoneId.of(timeZone);
            Optional<WeeklyTime> digest = digestDay == null ? Optional.empty()
                    : Optional.of(new WeeklyTime(DayOfWeek.valueOf(digestDay), LocalTime.parse(digestTime)));
            return new GroupSchedule(id, new ReminderSettings(reminderDaysBefore, LocalTime.parse(reminderTime), zone,
                    longOverdueWeekly),
                    digest, digestToChannel, Optional.ofNullable(digestFrom), Optional.ofNullable(roundupDays),
                    Optional.ofNullable(lastDigestAt));
        }
    }

    /** An open action with a due date, and when its reminders start. */
    record DatedAction(long actionId, long groupId, LocalDate dueDate, Instant remindersFrom) {
    }

    record Proxy(String name, String userId) {
    }

    /** A group's settings, the defaults where it has set none (no group_schedule row yet). */
    String SELECT = """
            SELECT g.id, g.time_zone, COALESCE(s.reminder_days_before, 2) AS reminder_days_before,
                   COALESCE(s.reminder_time, '09:00') AS reminder_time, s.digest_day, s.digest_time,
                   COALESCE(s.digest_to_channel, FALSE) AS digest_to_channel, s.digest_from,
                   CASE WHEN s.group_id IS NULL THEN 3 ELSE s.roundup_days END AS roundup_days, s.last_digest_at,
                   COALESCE(s.long_overdue_weekly, FALSE) AS long_overdue_weekly
            FROM theme_group g LEFT JOIN group_schedule s ON s.group_id = g.id
            """;

    @SqlQuery(SELECT + " WHERE g.id = :groupId")
    @RegisterConstructorMapper(ScheduleRow.class)
    Optional<ScheduleRow> findRow(@Bind("groupId") long groupId);

    @SqlQuery(SELECT + " WHERE s.digest_day IS NOT NULL ORDER BY g.id")
    @RegisterConstructorMapper(ScheduleRow.class)
    List<ScheduleRow> rowsWithDigest();

    @SqlQuery(SELECT + " WHERE s.group_id IS NULL OR s.roundup_days IS NOT NULL ORDER BY g.id")
    @RegisterConstructorMapper(ScheduleRow.class)
    List<ScheduleRow> rowsWithRoundup();

    /** Makes sure the group has its own row of settings, holding the defaults, before one is changed. */
    @SqlUpdate("INSERT INTO group_schedule (group_id) VALUES (:groupId) ON CONFLICT (group_id) DO NOTHING")
    void ensureRow(@Bind("groupId") long groupId);

    default Optional<GroupSchedule> find(long groupId) {
        return findRow(groupId).map(ScheduleRow::toSchedule);
    }

    @SqlUpdate("UPDATE group_schedule SET reminder_days_before = :days, reminder_time = :time WHERE group_id = :groupId")
    void setReminders(@Bind("groupId") long groupId, @Bind("days") int daysBefore, @Bind("time") String time);

    @SqlUpdate("UPDATE group_schedule SET long_overdue_weekly = :weekly WHERE group_id = :groupId")
    void setLongOverdueWeekly(@Bind("groupId") long groupId, @Bind("weekly") boolean weekly);

    @SqlUpdate("""
            UPDATE group_schedule SET digest_day = :day, digest_time = :time, digest_to_channel = :toChannel,
                                      digest_from = :from
            WHERE group_id = :groupId
            """)
    void setDigest(@Bind("groupId") long groupId, @Bind("day") String day, @Bind("time") String time,
                   @Bind("toChannel") boolean toChannel, @Bind("from") Instant from);

    @SqlUpdate("UPDATE group_schedule SET roundup_days = :days WHERE group_id = :groupId")
    void setRoundup(@Bind("groupId") long groupId, @Bind("days") Integer days);

    @SqlUpdate("UPDATE group_schedule SET last_digest_at = :at WHERE group_id = :groupId")
    void setLastDigestAt(@Bind("groupId") long groupId, @Bind("at") Instant at);

    @SqlQuery("""
            SELECT id AS action_id, group_id, due_date, reminders_from FROM action
            WHERE status = 'open' AND due_date IS NOT NULL
            ORDER BY id
            """)
    @RegisterConstructorMapper(DatedAction.class)
    List<DatedAction> openDatedActions();

    /** Some actions with when their reminders start, read in one query. */
    @SqlQuery("SELECT id AS action_id, group_id, due_date, reminders_from FROM action WHERE id IN (<ids>)")
    @RegisterConstructorMapper(DatedAction.class)
    List<DatedAction> datedActions(@BindList("ids") Collection<Long> actionIds);

    @SqlQuery("SELECT EXISTS (SELECT 1 FROM reminder_claim WHERE action_id = :actionId AND kind = :kind AND for_date = :day)")
    boolean isClaimed(@Bind("actionId") long actionId, @Bind("kind") String kind, @Bind("day") LocalDate day);

    /** Claims a reminder; false if it was claimed before (by this or another instance). */
    @SqlUpdate("""
            INSERT INTO reminder_claim (action_id, kind, for_date, claimed_at) VALUES (:actionId, :kind, :day, :at)
            ON CONFLICT DO NOTHING
            """)
    boolean claimReminder(@Bind("actionId") long actionId, @Bind("kind") String kind, @Bind("day") LocalDate day,
                          @Bind("at") Instant at);

    /** Claims a group's digest of a week; false if it was claimed before. */
    @SqlUpdate("INSERT INTO digest_claim (group_id, week, claimed_at) VALUES (:groupId, :week, :at) ON CONFLICT DO NOTHING")
    boolean claimDigest(@Bind("groupId") long groupId, @Bind("week") String week, @Bind("at") Instant at);

    @SqlQuery("SELECT name, user_id FROM owner_proxy WHERE group_id = :groupId ORDER BY name_key")
    @RegisterConstructorMapper(Proxy.class)
    List<Proxy> proxies(@Bind("groupId") long groupId);

    @SqlUpdate("""
            INSERT INTO owner_proxy (group_id, name_key, name, user_id) VALUES (:groupId, :key, :name, :userId)
            ON CONFLICT (group_id, name_key) DO UPDATE SET name = excluded.name, user_id = excluded.user_id
            """)
    void setProxy(@Bind("groupId") long groupId, @Bind("key") String nameKey, @Bind("name") String name,
                  @Bind("userId") String userId);

    @SqlUpdate("DELETE FROM owner_proxy WHERE group_id = :groupId AND name_key = :key")
    boolean removeProxy(@Bind("groupId") long groupId, @Bind("key") String nameKey);
}
