package org.themebot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Injected faults: per method, for the next N calls, in the order injected. */
class FaultsTest {

    private final Faults faults = new Faults();

    @Test
    void eachFaultIsUsedOnceForItsMethodInOrder() {
        faults.inject("chat.postMessage", 2, Faults.Fault.rateLimited(3));
        faults.inject("chat.postMessage", 1, Faults.Fault.error("channel_not_found"));

        assertThat(faults.next("users.info")).isEmpty();
        assertThat(faults.next("chat.postMessage")).hasValue(Faults.Fault.rateLimited(3));
        assertThat(faults.next("chat.postMessage")).hasValueSatisfying(f -> {
            assertThat(f.status()).isEqualTo(429);
            assertThat(f.retryAfterSeconds()).isEqualTo(3);
        });
        assertThat(faults.next("chat.postMessage")).hasValueSatisfying(f -> {
            assertThat(f.status()).isEqualTo(200);
            assertThat(f.error()).isEqualTo("channel_not_found");
        });
        assertThat(faults.next("chat.postMessage")).isEmpty();
    }

    @Test
    void aSlowAnswerIsTheRealOneLateAndClearEndsEveryFault() {
        assertThat(Faults.Fault.slow(Duration.ofSeconds(5)).replacesAnswer()).isFalse();
        assertThat(Faults.Fault.serverError(500).replacesAnswer()).isTrue();

        faults.inject("views.open", 3, Faults.Fault.serverError(503));
        faults.clear();

        assertThat(faults.next("views.open")).isEmpty();
    }
}
