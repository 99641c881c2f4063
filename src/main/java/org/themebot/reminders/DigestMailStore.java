package org.themebot.reminders;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The chairs who take their group's digest by e-mail too, and the contact whose address it goes to. */
public interface DigestMailStore {

    record Asked(String userId, String contactName) {
    }

    @SqlUpdate("""
            INSERT INTO digest_by_mail (group_id, user_id, contact_name, asked_at) VALUES (:groupId, :userId, :name, :at)
            ON CONFLICT (group_id, user_id) DO UPDATE SET contact_name = excluded.contact_name, asked_at = excluded.asked_at
            """)
    void ask(@Bind("groupId") long groupId, @Bind("userId") String userId, @Bind("name") String contactName,
             @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM digest_by_mail WHERE group_id = :groupId AND user_id = :userId")
    boolean stop(@Bind("groupId") long groupId, @Bind("userId") String userId);

    @SqlQuery("SELECT user_id, contact_name FROM digest_by_mail WHERE group_id = :groupId ORDER BY user_id")
    @RegisterConstructorMapper(Asked.class)
    List<Asked> asked(@Bind("groupId") long groupId);
}
