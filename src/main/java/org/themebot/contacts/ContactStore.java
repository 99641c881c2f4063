package org.themebot.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Each group's contacts, by the key of their name ({@link ContactNames#key}). */
public interface ContactStore {

    record ContactRow(long groupId, String name, String email, Instant unsubscribedAt) {
        Contact toContact() {
            return new Contact(groupId, name, new EmailAddress(email), Optional.ofNullable(unsubscribedAt));
        }
    }

    String COLUMNS = "group_id, name, email, unsubscribed_at";

    /** Adds a contact, or replaces the one of the same name; a contact saved again is subscribed again. */
    @SqlUpdate("""
            INSERT INTO contact (group_id, name_key, name, email, added_by, added_at, unsubscribed_at)
            VALUES (:groupId, :key, :name, :email, :by, :at, NULL)
            ON CONFLICT (group_id, name_key) DO UPDATE SET name = excluded.name, email = excluded.email,
                added_by = excluded.added_by, added_at = excluded.added_at, unsubscribed_at = NULL
            """)
    void save(@Bind("groupId") long groupId, @Bind("key") String key, @Bind("name") String name,
              @Bind("email") String email, @Bind("by") String addedBy, @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM contact WHERE group_id = :groupId AND name_key = :key")
    boolean remove(@Bind("groupId") long groupId, @Bind("key") String key);

    @SqlQuery("SELECT " + COLUMNS + " FROM contact WHERE group_id = :groupId AND name_key = :key")
    @RegisterConstructorMapper(ContactRow.class)
    Optional<ContactRow> findRow(@Bind("groupId") long groupId, @Bind("key") String key);

    @SqlQuery("SELECT " + COLUMNS + " FROM contact WHERE group_id = :groupId ORDER BY name_key")
    @RegisterConstructorMapper(ContactRow.class)
    List<ContactRow> rows(@Bind("groupId") long groupId);

    @SqlUpdate("""
            UPDATE contact SET unsubscribed_at = :at
            WHERE group_id = :groupId AND name_key = :key AND unsubscribed_at IS NULL
            """)
    boolean unsubscribe(@Bind("groupId") long groupId, @Bind("key") String key, @Bind("at") Instant at);

    default Optional<Contact> find(long groupId, String name) {
        return findRow(groupId, ContactNames.key(name)).map(ContactRow::toContact);
    }

    default List<Contact> all(long groupId) {
        return rows(groupId).stream().map(ContactRow::toContact).toList();
    }
}
