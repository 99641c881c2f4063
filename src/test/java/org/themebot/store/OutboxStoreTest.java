package org.themebot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The outbox's rules on both databases: a key is queued once; only the first pending message of
 * a conversation may go; a message is sent by the one instance holding its lease; a lease that
 * ran out can be taken by another.
 */
class OutboxStoreTest {

    // All with a millisecond fraction: instants are compared as ISO-8601 text, which orders them
    // correctly only when their fractions have the same length.
    private static final Instant T0 = Instant.parse("2008-09-03T09:00:00.100Z");
    private static final Instant T1 = Instant.parse("2008-09-03T09:00:01.100Z");
    private static final Instant T2 = Instant.parse("2008-09-03T09:00:02.100Z");
    private static final Instant LATER = Instant.parse("2008-09-03T10:00:00.100Z");

    @RegisterExtension
    static final BothDatabases databases = new BothDatabases();

    static Stream<Arguments> databases() {
        return databases.arguments();
    }

    /** Each test writes to conversations of its own, as the databases are shared by the class. */
    private static String conversation(String name) {
        return name + "-" + UUID.randomUUID();
    }

    private static OutboxStore.Queued message(String conversation, String key, String payload) {
        return new OutboxStore.Queued("T1", conversation, "chat.postMessage", "test", payload, key, 1L, null);
    }

    private static OutboxStore.Pending head(OutboxStore outbox, String conversation, Instant now) {
        return outbox.heads(now, 10_000).stream().filter(p -> p.conversation().equals(conversation)).findFirst()
                .orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aKeyIsQueuedOnceAndMessagesWithoutAKeyAllAre(String name, Database database) {
        OutboxStore outbox = database.jdbi().onDemand(OutboxStore.class);
        String c = conversation("C");
        String key = "reminder:" + c;
        assertThat(outbox.enqueue(message(c, key, "1"), T0)).isTrue();
        assertThat(outbox.enqueue(message(c, key, "2"), T1)).isFalse();
        assertThat(outbox.enqueue(message(c, null, "3"), T1)).isTrue();
        assertThat(outbox.enqueue(message(c, null, "4"), T1)).isTrue();
        assertThat(count(database.jdbi(), c)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyTheFirstPendingMessageOfAConversationMayGoAndOnlyWhenItIsDue(String name, Database database) {
        OutboxStore outbox = database.jdbi().onDemand(OutboxStore.class);
        String c = conversation("C");
        String d = conversation("D");
        outbox.enqueue(message(c, null, "c1"), T0);
        outbox.enqueue(message(c, null, "c2"), T0);
        outbox.enqueue(message(d, null, "d1"), T0);

        assertThat(head(outbox, c, T0).payload()).isEqualTo("c1");
        assertThat(head(outbox, d, T0).payload()).isEqualTo("d1");
        OutboxStore.Pending c1 = head(outbox, c, T0);
        assertThat(outbox.lease(c1.id(), "i1", T1, T0)).isTrue();
        outbox.retryAt(c1.id(), "i1", T2, 1, "HTTP 500");
        assertThat(head(outbox, c, T1)).as("c1 waits for its retry, and c2 waits behind it").isNull();
        assertThat(head(outbox, d, T1)).as("another conversation is not held up").isNotNull();
        assertThat(head(outbox, c, T2).payload()).isEqualTo("c1");
        assertThat(head(outbox, c, T2).attempts()).isEqualTo(1);

        assertThat(outbox.lease(c1.id(), "i1", LATER, T2)).isTrue();
        assertThat(outbox.markSent(c1.id(), "i1", "D0SUE", "1234.5678", T2)).isTrue();
        assertThat(head(outbox, c, T2).payload()).as("then the next in order").isEqualTo("c2");
        assertThat(outbox.sentAbout("D0SUE", "1234.5678", "action:1")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aMessageIsLeasedByOneInstanceAndALeaseThatRanOutCanBeTakenOver(String name, Database database) {
        OutboxStore outbox = database.jdbi().onDemand(OutboxStore.class);
        String c = conversation("C");
        outbox.enqueue(message(c, null, "m"), T0);
        long id = head(outbox, c, T0).id();

        assertThat(outbox.lease(id, "i1", T2, T0)).isTrue();
        assertThat(outbox.lease(id, "i2", T2, T1)).as("held by i1").isFalse();
        assertThat(head(outbox, c, T1)).as("a leased head is no one else's to send").isNull();
        assertThat(outbox.markSent(id, "i2", null, null, T1)).as("only the lessee marks it").isFalse();

        assertThat(outbox.lease(id, "i2", LATER, T2.plusMillis(1))).as("i1's lease ran out").isTrue();
        assertThat(outbox.markSent(id, "i1", null, null, T2)).as("i1 lost it").isFalse();
        assertThat(outbox.markSent(id, "i2", "C1", "99.1", T2)).isTrue();
        assertThat(outbox.lease(id, "i3", LATER, LATER)).as("sent: no one leases it again").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void failedAndSentMessagesAreNeverDueAgainAndASentKeyStillBlocksACopy(String name, Database database) {
        OutboxStore outbox = database.jdbi().onDemand(OutboxStore.class);
        String c = conversation("C");
        String key = "k-" + c;
        outbox.enqueue(message(c, key, "a"), T0);
        outbox.enqueue(message(c, null, "b"), T0);
        OutboxStore.Pending a = head(outbox, c, T0);
        outbox.lease(a.id(), "i1", T1, T0);
        outbox.markSent(a.id(), "i1", "C1", "1.1", T0);
        OutboxStore.Pending b = head(outbox, c, T0);
        outbox.lease(b.id(), "i1", T1, T0);
        outbox.markFailed(b.id(), "i1", "channel_not_found");

        assertThat(head(outbox, c, LATER)).isNull();
        assertThat(outbox.enqueue(message(c, key, "a again"), T2)).isFalse();
        java.util.List<String> statuses = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT status FROM outbox WHERE conversation = :c ORDER BY id").bind("c", c).mapTo(String.class).list());
        assertThat(statuses).containsExactly("sent", "failed");
    }

    private static int count(Jdbi jdbi, String conversation) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE conversation = :c")
                .bind("c", conversation).mapTo(Integer.class).one());
    }
}
