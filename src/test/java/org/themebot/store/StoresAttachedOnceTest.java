package org.themebot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.extension.Extensions;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stores attached once per process, each call running on the handle its binding names. */
class StoresAttachedOnceTest {

    private static final Instant AT = Instant.parse("2008-09-03T09:30:00Z");

    @TempDir
    Path dir;

    private static OutboxStore.Queued queued(String text) {
        return new OutboxStore.Queued("T1", "C01EQUALITIES", "chat.postMessage", text, "{}", null, null, null);
    }

    @Test
    void aHandleBindsAStoreOnceAndAnotherHandleItsOwn() {
        Jdbi jdbi = TestDatabase.sqlite(dir).jdbi();

        AtomicReference<OutboxStore> first = new AtomicReference<>();
        jdbi.useHandle(handle -> {
            first.set(handle.attach(OutboxStore.class));
            assertThat(handle.attach(OutboxStore.class)).isSameAs(first.get()).isEqualTo(first.get());
        });
        jdbi.useHandle(handle -> assertThat(handle.attach(OutboxStore.class)).isNotSameAs(first.get())
                .isNotEqualTo(first.get()));
    }

    @Test
    void jdbiMakesEachStoreOnceWhateverTheHandlesAndCalls() {
        Jdbi jdbi = TestDatabase.sqlite(dir).jdbi();
        OutboxStore onDemand = jdbi.onDemand(OutboxStore.class);
        jdbi.useHandle(handle -> handle.attach(OutboxStore.class).nextAttempt());

        jdbi.getConfig(Extensions.class).setAllowProxy(false); // Jdbi now refuses to make another store
        assertThatCode(() -> {
            for (int i = 0; i < 3; i++) {
                jdbi.useHandle(handle -> handle.attach(OutboxStore.class).nextAttempt());
                onDemand.nextAttempt();
                jdbi.inTransaction(handle -> handle.attach(OutboxStore.class).nextAttempt());
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void anOnDemandStoreRunsOnTheThreadsHandleInsideAndOutsideATransaction() {
        Database database = TestDatabase.sqlite(dir);
        OutboxStore onDemand = database.jdbi().onDemand(OutboxStore.class);

        assertThat(onDemand.nextAttempt()).isEmpty();
        database.jdbi().useTransaction(handle -> {
            handle.attach(OutboxStore.class).enqueue(queued("test"), AT);
            // the on-demand store runs on the thread's handle: it sees the uncommitted row
            assertThat(onDemand.nextAttempt()).contains(AT);
        });
        assertThat(onDemand.nextAttempt()).contains(AT);
    }

    /** A store bound to one handle keeps to it while another handle is the thread's current one. */
    @Test
    void aBindingKeepsToItsHandleWhileAnotherIsInUseOnTheThread() {
        Database database = TestDatabase.sqlite(dir);
        OutboxStore onDemand = database.jdbi().onDemand(OutboxStore.class);
        try (Handle writer = database.jdbi().open()) {
            OutboxStore writersStore = writer.attach(OutboxStore.class);
            writer.begin();
            writersStore.enqueue(queued("uncommitted"), AT);

            database.reading(() -> {
                assertThat(onDemand.nextAttempt()).as("the reader's handle: nothing committed").isEmpty();
                assertThat(writersStore.nextAttempt()).as("the writer's handle: its own row").contains(AT);
                return null;
            });
            writer.rollback();
            assertThat(writersStore.nextAttempt()).isEmpty();
        }
    }

    /** A writer mid-transaction on one thread and a reader on another call the one shared store at once. */
    @Test
    void threadsCallingOneSharedStoreEachUseTheirOwnHandle() throws Exception {
        Database database = TestDatabase.sqlite(dir);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch read = new CountDownLatch(1);
        CompletableFuture<Boolean> writerSeesItsRow = CompletableFuture.supplyAsync(() ->
                database.jdbi().inTransaction(handle -> {
                    OutboxStore store = handle.attach(OutboxStore.class);
                    store.enqueue(queued("uncommitted"), AT);
                    written.countDown();
                    awaitUninterrupted(read);
                    boolean seen = store.nextAttempt().isPresent();
                    handle.rollback();
                    return seen;
                }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

        boolean readerSeesIt = database.reading(() -> database.jdbi().onDemand(OutboxStore.class).nextAttempt().isPresent());
        read.countDown();

        assertThat(readerSeesIt).as("the reader's handle sees no uncommitted row").isFalse();
        assertThat(writerSeesItsRow.get(30, TimeUnit.SECONDS)).as("the writer's handle sees its own").isTrue();
    }

    @Test
    void aStoresErrorsReachTheCallerAsThrown() {
        Database database = TestDatabase.sqlite(dir);
        database.jdbi().useHandle(handle -> handle.execute("DROP TABLE outbox"));

        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle.attach(OutboxStore.class).nextAttempt()))
                .isInstanceOf(StatementException.class).hasMessageContaining("no such table: outbox");
    }

    private static void awaitUninterrupted(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
