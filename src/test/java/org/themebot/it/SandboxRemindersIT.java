package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.PageClient.SUE;
import static org.themebot.it.PageClient.THEME_GROUP;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.TestClock;

/**
 * A reminder in the sandbox, as the newcomer gets one: with the reminder time set just
 * ahead, the owner's DM with themebot gets it, and its Add update button opens the bot's modal,
 * whose submission changes the DM. The app's clock is the test's: it stands at 08:59 while the
 * action is added, then moves past 09:00 (the sandbox's Slack keeps real time).
 */
class SandboxRemindersIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final TestClock clock = new TestClock(ZonedDateTime.of(2026, 3, 10, 8, 59, 0, 0, LONDON).toInstant());

    @RegisterExtension
    static final SandboxPage page = new SandboxPage(false, clock);

    @Test
    void aReminderDmArrivesAndItsAddUpdateModalChangesIt() {
        PageClient slack = page.client();
        slack.type(SUE, THEME_GROUP, "/themegroup setup name Equalities Theme Group");
        slack.type(SUE, THEME_GROUP, "/themegroup reminders 1 at 09:00");
        slack.type(SUE, THEME_GROUP, "/action add Send the toolkit round | @Sue Bent | tomorrow");
        clock.set(ZonedDateTime.of(2026, 3, 10, 9, 0, 1, 0, LONDON).toInstant());

        PageClient.Post reminder = slack.awaitPost(SUE, "D02SUE", p -> p.readable().contains("due in 1 day")).orElseThrow();
        slack.press(SUE, "D02SUE", reminder, "reminder_update");
        JsonNode modal = FakeSlack.waitFor(() -> slack.state(SUE).path("modal").isObject() ? slack.state(SUE).path("modal")
                : null, FakeSlack.PATIENCE);
        assertThat(modal.path("title").path("text").asText()).isEqualTo("Add update");

        ObjectNode values = new ObjectMapper().createObjectNode();
        values.putObject("update").put("update", "Draft circulated");
        slack.submit(SUE, values);

        assertThat(slack.awaitPost(SUE, "D02SUE", p -> p.readable().contains("Draft circulated"))).isPresent();
        assertThat(slack.posts("U03BALBIR", "D03BALBIR")).isEmpty();
    }
}
