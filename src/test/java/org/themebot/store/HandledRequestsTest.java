package org.themebot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandledRequestsTest {

    private static final Instant T0 = Instant.parse("2008-09-03T09:00:00.100Z");

    @Test
    void aRetriedRequestIsRecognised(@TempDir Path dir) {
        HandledRequests handled = TestDatabase.sqlite(dir).jdbi().onDemand(HandledRequests.class);

        assertThat(handled.firstTime("command:T1:trigger-1", T0)).isTrue();
        assertThat(handled.firstTime("command:T1:trigger-1", T0.plusSeconds(3))).isFalse();
        assertThat(handled.firstTime("command:T1:trigger-2", T0.plusSeconds(3))).isTrue();
    }

    @Test
    void forgottenRequestsAreOnlyThoseHandledBeforeTheCutOff(@TempDir Path dir) {
        HandledRequests handled = TestDatabase.sqlite(dir).jdbi().onDemand(HandledRequests.class);
        handled.firstTime("old", T0);
        handled.firstTime("new", T0.plusSeconds(7200));

        assertThat(handled.forgetBefore(T0.plusSeconds(3600))).isEqualTo(1);

        assertThat(handled.firstTime("old", T0.plusSeconds(7300))).isTrue();
        assertThat(handled.firstTime("new", T0.plusSeconds(7300))).isFalse();
    }
}
