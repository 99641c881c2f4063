package org.themebot.mail;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The mail links that have been used: each works once. */
public interface MailLinkStore {

    /** Records the link as used, in the transaction of its change; false if it had been used already. */
    @SqlUpdate("""
            INSERT INTO mail_link_use (link_id, purpose, expires_at, used_at) VALUES (:id, :purpose, :expires, :at)
            ON CONFLICT (link_id) DO NOTHING
            """)
    boolean use(@Bind("id") String linkId, @Bind("purpose") String purpose, @Bind("expires") Instant expires,
                @Bind("at") Instant at);

    @SqlQuery("SELECT COUNT(*) FROM mail_link_use WHERE link_id = :id")
    int uses(@Bind("id") String linkId);

    /** Forgets links past their expiry: they are refused as expired whether used or not. */
    @SqlUpdate("DELETE FROM mail_link_use WHERE expires_at < :now")
    int forgetExpired(@Bind("now") Instant now);

    default boolean isUsed(String linkId) {
        return uses(linkId) > 0;
    }
}
