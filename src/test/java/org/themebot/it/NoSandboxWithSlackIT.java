package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With Slack credentials (HTTP mode) none of the sandbox is served: no page, no Slack-like API. */
class NoSandboxWithSlackIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    @Test
    void neitherThePageNorTheSandboxApiExists() {
        assertThat(bot.client().get("/").status()).isEqualTo(404);
        assertThat(bot.client().get("/sandbox/state").status()).isEqualTo(404);
        assertThat(bot.client().get("/sandbox.js").status()).isEqualTo(404);
    }
}
