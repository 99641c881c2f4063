package org.themebot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxStoreTest {

    // All with a millisecond fraction: instants are compared as ISO-8601 text, which orders them
    // correctly only when their fractions have the same length.
    private static final Instant T0 = Instant.parse("2008-09-03T09:00:00.100Z");
    private static final Instant T1 = Instant.parse("2008-09-03T09:00:01.100Z");
    private static final Instant T2 = Instant.parse("2008-09-03T09:00:02.100Z");

    @TempDir
    Path dir;

    private Jdbi jdbi;
    private OutboxStore outbox;

    @BeforeEach
    void open() {
        jdbi = TestDatabase.sqlite(dir).jdbi();
        outbox = jdbi.onDemand(OutboxStore.class);
    }

    @Test
    void aKeyIsQueuedOnce() {
        assertThat(outbox.enqueue("reminder:A1:due:2008-09-30", "chat.postMessage", "{\"n\":1}", T0)).isTrue();
        assertThat(outbox.enqueue("reminder:A1:due:2008-09-30", "chat.postMessage", "{\"n\":2}", T1)).isFalse();
        assertThat(outbox.enqueue("reminder:A1:overdue:2008-10-01", "chat.postMessage", "{\"n\":3}", T1)).isTrue();

        assertThat(outbox.due(T2, 10)).extracting(OutboxStore.Pending::payload)
                .containsExactly("{\"n\":1}", "{\"n\":3}");
        assertThat(outbox.count("pending")).isEqualTo(2);
    }

    @Test
    void messagesWithoutAKeyAreAllQueued() {
        assertThat(outbox.enqueue(null, "chat.postMessage", "a", T0)).isTrue();
        assertThat(outbox.enqueue(null, "chat.postMessage", "b", T0)).isTrue();

        assertThat(outbox.count("pending")).isEqualTo(2);
    }

    @Test
    void dueGivesPendingMessagesWhoseTimeHasComeOldestFirstUpToTheLimit() {
        outbox.enqueue("a", "chat.postMessage", "a", T0);
        outbox.enqueue("b", "chat.postMessage", "b", T0);
        outbox.enqueue("c", "conversations.open", "c", T0);
        outbox.enqueue("later", "chat.postMessage", "later", T2);

        assertThat(outbox.due(T0.minusMillis(1), 10)).isEmpty();
        assertThat(outbox.due(T0, 10)).extracting(OutboxStore.Pending::payload).containsExactly("a", "b", "c");
        assertThat(outbox.due(T1, 2)).extracting(OutboxStore.Pending::payload).containsExactly("a", "b");
        assertThat(outbox.due(T1, 10)).extracting(OutboxStore.Pending::method)
                .containsExactly("chat.postMessage", "chat.postMessage", "conversations.open");
        assertThat(outbox.nextAttempt()).contains(T0);
    }

    @Test
    void aRetryWaitsUntilItsTime() {
        outbox.enqueue("a", "chat.postMessage", "a", T0);
        long id = outbox.due(T0, 1).get(0).id();

        outbox.retryAt(id, T2, 1, "ratelimited");

        assertThat(outbox.due(T1, 10)).isEmpty();
        assertThat(outbox.nextAttempt()).contains(T2);
        assertThat(outbox.due(T2, 10)).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(id);
            assertThat(p.attempts()).isEqualTo(1);
        });
        String lastError = jdbi.withHandle(h -> h.createQuery("SELECT last_error FROM outbox").mapTo(String.class).one());
        assertThat(lastError).isEqualTo("ratelimited");
    }

    @Test
    void sentAndFailedMessagesAreNeverDueAgain() {
        outbox.enqueue("a", "chat.postMessage", "a", T0);
        outbox.enqueue("b", "chat.postMessage", "b", T0);
        var due = outbox.due(T0, 10);

        outbox.markSent(due.get(0).id(), T1);
        outbox.markFailed(due.get(1).id(), "channel_not_found");

        assertThat(outbox.due(T2.plusSeconds(3600), 10)).isEmpty();
        assertThat(outbox.nextAttempt()).isEmpty();
        assertThat(outbox.count("sent")).isEqualTo(1);
        assertThat(outbox.count("failed")).isEqualTo(1);
        assertThat(outbox.count("pending")).isZero();
        // A sent key still blocks a second copy.
        assertThat(outbox.enqueue("a", "chat.postMessage", "a again", T2)).isFalse();
    }
}
