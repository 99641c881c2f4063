package org.themebot.store;

import java.time.Instant;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Remembers which requests were applied, so a retried command or event is recognised. */
public interface HandledRequests {

    /** True the first time a key is seen, false on every retry of it. */
    @SqlUpdate("INSERT INTO handled_request (request_key, handled_at) VALUES (:key, :at) ON CONFLICT (request_key) DO NOTHING")
    boolean firstTime(@Bind("key") String key, @Bind("at") Instant at);

    /** For a request that changed nothing (it was refused), so that a retry is answered again. */
    @SqlUpdate("DELETE FROM handled_request WHERE request_key = :key")
    void forget(@Bind("key") String key);

    @SqlUpdate("DELETE FROM handled_request WHERE handled_at < :before")
    int forgetBefore(@Bind("before") Instant before);
}
