package org.themebot.store;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The themebots running on this database, each seen by its heartbeat: what /healthz reports of the cluster. */
public interface Instances {

    record Member(String id, String host, Instant startedAt, Instant heartbeatAt) {
    }

    @SqlUpdate("""
            INSERT INTO instance (id, host, started_at, heartbeat_at) VALUES (:id, :host, :at, :at)
            ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at
            """)
    void register(@Bind("id") String id, @Bind("host") String host, @Bind("at") Instant at);

    /** True when the write went through: the database takes writes. */
    @SqlUpdate("UPDATE instance SET heartbeat_at = :at WHERE id = :id")
    boolean heartbeat(@Bind("id") String id, @Bind("at") Instant at);

    @SqlQuery("SELECT id, host, started_at, heartbeat_at FROM instance WHERE heartbeat_at >= :since ORDER BY started_at")
    @RegisterConstructorMapper(Member.class)
    List<Member> seenSince(@Bind("since") Instant since);

    @SqlUpdate("DELETE FROM instance WHERE id = :id OR heartbeat_at < :before")
    void forget(@Bind("id") String id, @Bind("before") Instant before);
}
