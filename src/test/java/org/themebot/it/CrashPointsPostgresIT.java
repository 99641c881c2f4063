package org.themebot.it;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.themebot.store.TestPostgres;

/**
 * The crash points on PostgreSQL (embedded, a database of its own). A trigger on the outbox, the
 * last table a command writes, fails or sleeps inside the command's transaction.
 */
class CrashPointsPostgresIT extends CrashPoints {

    @Override
    String databaseUrl(Path dir) {
        return TestPostgres.emptyDatabase();
    }

    @Override
    Jdbi open(String url) {
        return Jdbi.create(url);
    }

    @Override
    void failOutboxInserts() {
        trap("RAISE EXCEPTION 'injected failure'");
    }

    @Override
    void stallOutboxInserts() {
        trap("PERFORM pg_sleep(600)");
    }

    @Override
    boolean stalledInsideTheTransaction() {
        return database.withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event = 'PgSleep' AND datname = current_database()")
                .mapTo(Long.class).one()) > 0;
    }

    /**
     * A killed client's session ends when the server next talks to it; the sleep keeps it from
     * doing so, so it is ended here as the server would have ended it (its transaction rolled back).
     */
    @Override
    void endTheStalledTransactionAndRemoveTheTrap() {
        database.useHandle(h -> h.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                + "WHERE wait_event = 'PgSleep' AND datname = current_database()"));
        removeTheTrap();
    }

    @Override
    void removeTheTrap() {
        database.useHandle(h -> h.execute("DROP TRIGGER trap ON outbox"));
    }

    private void trap(String action) {
        database.useHandle(h -> {
            h.execute("CREATE OR REPLACE FUNCTION trap() RETURNS trigger AS $$ BEGIN IF NEW.payload LIKE '%"
                    + TRAPPED + "%' THEN " + action + "; END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
            h.execute("CREATE TRIGGER trap BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION trap()");
        });
    }
}
