package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** THEMEBOT_DEMO=1: a newcomer finds the demo meeting already recorded when the page opens. */
class SandboxDemoIT {

    @RegisterExtension
    static final SandboxPage page = new SandboxPage(true, Clock.systemUTC());

    static PageClient slack;

    @BeforeAll
    static void openThePage() {
        slack = page.client();
    }

    @Test
    void theDemoMeetingIsRecordedAtStartWithoutPressingAnything() {
        PageClient.Post ended = slack.awaitPost(PageClient.SUE, PageClient.THEME_GROUP,
                p -> p.readable().contains("Meeting M1 ended")).orElseThrow();

        assertThat(ended.readable()).contains("Actions agreed (6)", "Export docx");
        assertThat(slack.demo().json().path("loaded").asBoolean()).isFalse();
    }
}
