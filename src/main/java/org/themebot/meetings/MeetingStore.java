package org.themebot.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.themebot.people.Who;

/** Meetings, their attendance, agenda items and notes. */
public interface MeetingStore {

    record MeetingRow(long id, long groupId, int number, LocalDate meetingDate, String title, String status,
                      LocalDate nextMeetingDate, Instant startedAt) {
        Meeting toMeeting() {
            return new Meeting(id, groupId, number, meetingDate, title, status.equals("open"),
                    Optional.ofNullable(nextMeetingDate), startedAt);
        }
    }

    record AttendeeRow(String kind, String value) {
    }

    /** A discussion note, or the record of an earlier action reviewed (actionId set). */
    record Note(long id, Long agendaItemId, int position, String text, Long actionId) {
    }

    String COLUMNS = "id, group_id, number, meeting_date, title, status, next_meeting_date, started_at";

    @SqlQuery("""
            INSERT INTO meeting (group_id, number, meeting_date, title, status, started_by, started_at)
            VALUES (:groupId, :number, :date, :title, 'open', :by, :at) RETURNING id
            """)
    long insert(@Bind("groupId") long groupId, @Bind("number") int number, @Bind("date") LocalDate date,
                @Bind("title") String title, @Bind("by") String startedBy, @Bind("at") Instant at);

    /** A meeting brought in from its action notes: ended as soon as it is recorded. */
    @SqlQuery("""
            INSERT INTO meeting (group_id, number, meeting_date, title, status, next_meeting_date, started_by, started_at, ended_at)
            VALUES (:groupId, :number, :date, :title, 'ended', :next, :by, :at, :at) RETURNING id
            """)
    long insertEnded(@Bind("groupId") long groupId, @Bind("number") int number, @Bind("date") LocalDate date,
                     @Bind("title") String title, @Bind("next") LocalDate nextMeeting, @Bind("by") String by,
                     @Bind("at") Instant at);

    @SqlQuery("SELECT " + COLUMNS + " FROM meeting WHERE group_id = :groupId AND status = 'open'")
    @RegisterConstructorMapper(MeetingRow.class)
    Optional<MeetingRow> openRow(@Bind("groupId") long groupId);

    /** The meeting held last (of two on one day, the later recorded): a meeting imported from old notes is not it. */
    @SqlQuery("SELECT " + COLUMNS + " FROM meeting WHERE group_id = :groupId ORDER BY meeting_date DESC, number DESC LIMIT 1")
    @RegisterConstructorMapper(MeetingRow.class)
    Optional<MeetingRow> latestRow(@Bind("groupId") long groupId);

    @SqlQuery("SELECT " + COLUMNS + " FROM meeting WHERE group_id = :groupId AND number = :number")
    @RegisterConstructorMapper(MeetingRow.class)
    Optional<MeetingRow> rowByNumber(@Bind("groupId") long groupId, @Bind("number") int number);

    @SqlQuery("SELECT " + COLUMNS + " FROM meeting WHERE group_id = :groupId AND meeting_date = :date ORDER BY number DESC LIMIT 1")
    @RegisterConstructorMapper(MeetingRow.class)
    Optional<MeetingRow> rowByDate(@Bind("groupId") long groupId, @Bind("date") LocalDate date);

    @SqlQuery("SELECT " + COLUMNS + " FROM meeting WHERE id = :id")
    @RegisterConstructorMapper(MeetingRow.class)
    Optional<MeetingRow> rowById(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM meeting WHERE group_id = :groupId ORDER BY number DESC")
    @RegisterConstructorMapper(MeetingRow.class)
    List<MeetingRow> rows(@Bind("groupId") long groupId);

    /** Takes the next position in the meeting's running order (items, notes, actions). */
    @SqlQuery("UPDATE meeting SET next_position = next_position + 1 WHERE id = :id RETURNING next_position - 1")
    int takePosition(@Bind("id") long meetingId);

    @SqlQuery("SELECT kind, value FROM meeting_attendee WHERE meeting_id = :id AND list = :list ORDER BY position")
    @RegisterConstructorMapper(AttendeeRow.class)
    List<AttendeeRow> attendeeRows(@Bind("id") long meetingId, @Bind("list") String list);

    @SqlUpdate("""
            INSERT INTO meeting_attendee (meeting_id, list, position, kind, value)
            VALUES (:id, :list, (SELECT COALESCE(MAX(position), 0) + 1 FROM meeting_attendee WHERE meeting_id = :id AND list = :list), :kind, :value)
            """)
    void addAttendee(@Bind("id") long meetingId, @Bind("list") String list, @Bind("kind") String kind,
                     @Bind("value") String value);

    @SqlQuery("""
            INSERT INTO agenda_item (meeting_id, number, title, position, created_by, created_at)
            VALUES (:id, (SELECT COALESCE(MAX(number), 0) + 1 FROM agenda_item WHERE meeting_id = :id), :title, :position, :by, :at)
            RETURNING id
            """)
    long insertItem(@Bind("id") long meetingId, @Bind("title") String title, @Bind("position") int position,
                    @Bind("by") String by, @Bind("at") Instant at);

    /** An item numbered as the notes it comes from number it. */
    @SqlQuery("""
            INSERT INTO agenda_item (meeting_id, number, title, position, created_by, created_at)
            VALUES (:id, :number, :title, :position, :by, :at) RETURNING id
            """)
    long insertNumberedItem(@Bind("id") long meetingId, @Bind("number") int number, @Bind("title") String title,
                            @Bind("position") int position, @Bind("by") String by, @Bind("at") Instant at);

    @SqlQuery("SELECT id, meeting_id, number, title, position FROM agenda_item WHERE meeting_id = :id ORDER BY number")
    @RegisterConstructorMapper(AgendaItem.class)
    List<AgendaItem> items(@Bind("id") long meetingId);

    @SqlQuery("SELECT id, meeting_id, number, title, position FROM agenda_item WHERE meeting_id = :id ORDER BY number DESC LIMIT 1")
    @RegisterConstructorMapper(AgendaItem.class)
    Optional<AgendaItem> currentItem(@Bind("id") long meetingId);

    @SqlUpdate("""
            INSERT INTO meeting_note (meeting_id, agenda_item_id, position, text, action_id, created_by, created_at)
            VALUES (:id, :itemId, :position, :text, :actionId, :by, :at)
            """)
    void insertNote(@Bind("id") long meetingId, @Bind("itemId") Long agendaItemId, @Bind("position") int position,
                    @Bind("text") String text, @Bind("actionId") Long actionId, @Bind("by") String by,
                    @Bind("at") Instant at);

    @SqlQuery("SELECT id, agenda_item_id, position, text, action_id FROM meeting_note WHERE meeting_id = :id ORDER BY position")
    @RegisterConstructorMapper(Note.class)
    List<Note> notes(@Bind("id") long meetingId);

    @SqlUpdate("UPDATE meeting SET next_meeting_date = :date WHERE id = :id")
    void setNextMeeting(@Bind("id") long meetingId, @Bind("date") LocalDate date);

    @SqlUpdate("UPDATE meeting SET status = 'ended', ended_at = :at WHERE id = :id")
    void end(@Bind("id") long meetingId, @Bind("at") Instant at);

    default Optional<Meeting> open(long groupId) {
        return openRow(groupId).map(MeetingRow::toMeeting);
    }

    default Optional<Meeting> latest(long groupId) {
        return latestRow(groupId).map(MeetingRow::toMeeting);
    }

    default Optional<Meeting> byId(long id) {
        return rowById(id).map(MeetingRow::toMeeting);
    }

    default List<Who> attendees(long meetingId, Attendance list) {
        return attendeeRows(meetingId, list.storeName()).stream().map(a -> Who.of(a.kind(), a.value())).toList();
    }
}
