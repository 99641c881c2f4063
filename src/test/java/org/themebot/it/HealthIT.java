package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The outside contract's readiness probe. */
class HealthIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    @Test
    void healthzSaysOkOnceDatabaseAndSchedulerAreUp() {
        SignedClient.Raw health = bot.client().get("/healthz");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("ok");
        assertThat(health.json().path("database").asText()).isEqualTo("up");
        assertThat(health.json().path("scheduler").asText()).isEqualTo("up");
    }
}
