package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.PageClient.SUE;
import static org.themebot.it.PageClient.THEME_GROUP;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.themebot.TestClock;

/**
 * The sandbox catches themebot's mail: a contact's reminder shows in the page's Mail view, its
 * links point at the sandbox itself and work there, and the view passes the accessibility check.
 * The app's clock stands at 08:59 while the action is added, then moves past 09:00.
 */
class SandboxMailIT {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final TestClock clock = new TestClock(ZonedDateTime.of(2026, 3, 10, 8, 59, 0, 0, LONDON).toInstant());

    @RegisterExtension
    static final SandboxPage page = new SandboxPage(false, clock);

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void aContactsReminderIsCaughtInTheMailViewWhereItsLinksWork() throws Exception {
        PageClient slack = page.client();
        slack.type(SUE, THEME_GROUP, "/themegroup setup name Equalities Theme Group");
        slack.type(SUE, THEME_GROUP, "/themegroup contact Cllr Kevin Foster kevin.foster@example.org");
        assertThat(slack.awaitPost(SUE, THEME_GROUP, p -> p.readable().contains("kevin.foster@example.org"))).isPresent();
        slack.type(SUE, THEME_GROUP, "/themegroup reminders 1 at 09:00");
        slack.type(SUE, THEME_GROUP, "/action add Report back on the hate crime panel | Cllr Kevin Foster | today");
        clock.set(ZonedDateTime.of(2026, 3, 10, 9, 0, 1, 0, LONDON).toInstant());

        JsonNode mail = FakeSlack.waitFor(() -> {
            JsonNode caught = slack.state(SUE).path("mail");
            return caught.size() > 0 ? caught.get(0) : null;
        }, FakeSlack.PATIENCE);
        assertThat(mail).as("a caught mail").isNotNull();
        assertThat(mail.path("to").asText()).isEqualTo("Cllr Kevin Foster <kevin.foster@example.org>");
        assertThat(mail.path("subject").asText()).isEqualTo("A1 is due today: Report back on the hate crime panel");
        String text = mail.path("text").asText();
        String base = "http://localhost:" + page.app().port() + "/mail/done/";
        assertThat(text).as("links point at the sandbox's own address").contains("Mark done: " + base);

        String done = text.substring(text.indexOf(base)).lines().findFirst().orElseThrow();
        HttpClient http = HttpClient.newHttpClient();
        URI local = URI.create("http://127.0.0.1:" + page.app().port() + URI.create(done).getRawPath());
        HttpResponse<String> asked = http.send(HttpRequest.newBuilder(local).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> confirmed = http.send(HttpRequest.newBuilder(local)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(asked.body()).contains("Mark A1 done?");
        assertThat(confirmed.body()).contains("A1 is marked done");
        assertThat(slack.awaitPost(SUE, THEME_GROUP, p -> p.readable().contains("done by Cllr Kevin Foster (by e-mail)")))
                .isPresent();

        browser.open(page.client().base());
        browser.openConversation("Mail themebot sent");
        browser.waiting().until(d -> d.findElement(By.cssSelector("#posts .mail-subject")).getText()
                .contains("A1 is due today"));
        assertThat(browser.driver().findElement(By.cssSelector("#posts .mail a")).getAttribute("href"))
                .startsWith(base);
        browser.screenshot("sandbox-mail");
        browser.assertAccessible("the Mail view");
    }
}
