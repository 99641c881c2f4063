package org.themebot.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.themebot.TestClock;
import org.themebot.store.BothDatabases;
import org.themebot.store.Database;

/** Used links on SQLite and PostgreSQL: each is recorded once, and forgotten after it would have expired. */
class MailLinkStoreTest {

    @RegisterExtension
    static final BothDatabases both = new BothDatabases();

    static Stream<Arguments> databases() {
        return both.arguments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aLinkIsUsedOnceAndForgottenAfterItsExpiry(String name, Database database) {
        MailLinkStore store = database.jdbi().onDemand(MailLinkStore.class);
        Instant now = TestClock.start();
        String id = UUID.randomUUID().toString();
        Instant expires = now.plus(Duration.ofDays(30));

        assertThat(store.isUsed(id)).isFalse();
        assertThat(store.use(id, "done", expires, now)).isTrue();
        assertThat(store.use(id, "done", expires, now.plusSeconds(1))).isFalse();
        assertThat(store.isUsed(id)).isTrue();
        assertThat(store.forgetExpired(expires)).isZero();
        assertThat(store.forgetExpired(expires.plusMillis(1))).isEqualTo(1);
        assertThat(store.isUsed(id)).isFalse();
    }
}
