package org.themebot.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether an instance that claimed messages still lives, so that what a killed instance had
 * claimed is sent by a living one at once rather than when its lease runs out. Each instance
 * holds a lock for as long as its process lives, and the operating system or the database lets
 * go of it when the process dies, however it dies:
 * <ul>
 * <li>SQLite: the file lock ({@link InstanceLock}) lets one themebot use the file, so any other
 *     instance named on a lease is a dead one.</li>
 * <li>PostgreSQL: a session advisory lock keyed by the instance, held on a connection of its
 *     own; the server drops it when that session ends. Another instance's lock that can be taken
 *     belongs to an instance that is gone.</li>
 * </ul>
 */
public interface Liveness extends AutoCloseable {

    /** This instance: the owner named on the leases it takes. */
    String self();

    boolean isAlive(String instanceId);

    /** Takes the lock again if the connection that held it was lost (the database restarted, say). */
    default void keepHeld() {
    }

    @Override
    default void close() {
    }

    static Liveness of(Database database, String self) {
        return database.isSqlite() ? new OnlyThis(self) : new Postgres(database, self);
    }

    /** The advisory lock's key: 64 bits of a digest of the instance id, the same in every instance. */
    static long key(String instanceId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(instanceId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    record OnlyThis(String self) implements Liveness {
        @Override
        public boolean isAlive(String instanceId) {
            return self.equals(instanceId);
        }
    }

    final class Postgres implements Liveness {

        private static final Logger log = LoggerFactory.getLogger(Liveness.class);

        private final Database database;
        private final String self;
        private Connection held;

        Postgres(Database database, String self) {
            this.database = database;
            this.self = self;
            keepHeld();
        }

        @Override
        public synchronized void keepHeld() {
            try {
                if (held != null && held.isValid(2)) {
                    return;
                }
                close();
                held = database.connectionOfItsOwn();
                try (PreparedStatement lock = held.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    lock.setLong(1, key(self));
                    lock.execute();
                }
            } catch (SQLException e) {
                log.warn("cannot hold this instance's liveness lock; trying again at the next sweep: {}", e.getMessage());
            }
        }

        @Override
        public String self() {
            return self;
        }

        @Override
        public boolean isAlive(String instanceId) {
            if (instanceId.equals(self)) {
                return true;
            }
            return database.jdbi().withHandle(handle -> !handle.createQuery("SELECT pg_try_advisory_xact_lock(:key)")
                    .bind("key", key(instanceId)).mapTo(Boolean.class).one());
        }

        @Override
        public synchronized void close() {
            if (held != null) {
                try {
                    held.close();
                } catch (SQLException e) {
                    log.debug("closing the liveness connection", e);
                }
                held = null;
            }
        }
    }
}
