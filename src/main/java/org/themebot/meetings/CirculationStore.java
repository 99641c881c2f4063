package org.themebot.meetings;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Which addresses a meeting's action notes were e-mailed to, and how many times. */
public interface CirculationStore {

    /** Claims the first sending to an address; false if the notes went there before. */
    @SqlUpdate("""
            INSERT INTO circulation (meeting_id, address, name, rounds, sent_by, sent_at)
            VALUES (:meetingId, :address, :name, 1, :by, :at)
            ON CONFLICT (meeting_id, address) DO NOTHING
            """)
    boolean claimFirst(@Bind("meetingId") long meetingId, @Bind("address") String address, @Bind("name") String name,
                       @Bind("by") String sentBy, @Bind("at") Instant at);

    /** Claims one more sending to an address (the first, if it had none); returns which round it is. */
    @SqlQuery("""
            INSERT INTO circulation (meeting_id, address, name, rounds, sent_by, sent_at)
            VALUES (:meetingId, :address, :name, 1, :by, :at)
            ON CONFLICT (meeting_id, address) DO UPDATE SET rounds = circulation.rounds + 1, name = excluded.name,
                sent_by = excluded.sent_by, sent_at = excluded.sent_at
            RETURNING rounds
            """)
    int claimAgain(@Bind("meetingId") long meetingId, @Bind("address") String address, @Bind("name") String name,
                   @Bind("by") String sentBy, @Bind("at") Instant at);

    /** When the meeting's notes were last e-mailed to anyone; empty if never. */
    @SqlQuery("SELECT MAX(sent_at) FROM circulation WHERE meeting_id = :meetingId")
    Optional<Instant> lastSent(@Bind("meetingId") long meetingId);
}
