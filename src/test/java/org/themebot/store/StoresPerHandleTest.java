package org.themebot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresPerHandleTest {

    @TempDir
    Path dir;

    @Test
    void aHandleAttachesAStoreOnceAndAnotherHandleItsOwn() {
        Jdbi jdbi = TestDatabase.sqlite(dir).jdbi();

        AtomicReference<OutboxStore> first = new AtomicReference<>();
        jdbi.useHandle(handle -> {
            first.set(handle.attach(OutboxStore.class));
            assertThat(handle.attach(OutboxStore.class)).isSameAs(first.get());
        });
        jdbi.useHandle(handle -> assertThat(handle.attach(OutboxStore.class)).isNotSameAs(first.get()));
    }

    @Test
    void anOnDemandStoreWorksInsideAndOutsideAHandle() {
        Database database = TestDatabase.sqlite(dir);
        OutboxStore onDemand = database.jdbi().onDemand(OutboxStore.class);
        Instant at = Instant.parse("2008-09-03T09:30:00Z");

        assertThat(onDemand.nextAttempt()).isEmpty();
        database.jdbi().useTransaction(handle -> {
            handle.attach(OutboxStore.class).enqueue(
                    new OutboxStore.Queued("T1", "C01EQUALITIES", "chat.postMessage", "test", "{}", null, null, null), at);
            // the on-demand store runs on the thread's handle: it sees the uncommitted row
            assertThat(onDemand.nextAttempt()).contains(at);
        });
        assertThat(onDemand.nextAttempt()).contains(at);
    }
}
