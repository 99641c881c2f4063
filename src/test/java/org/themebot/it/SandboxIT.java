package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.PageClient.BALBIR;
import static org.themebot.it.PageClient.DEBBIE;
import static org.themebot.it.PageClient.GENERAL;
import static org.themebot.it.PageClient.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sandbox mode as a newcomer meets it: the page is served, and what is typed on it reaches the
 * real bot as signed Slack requests, whose replies come back through the sandbox's Web API.
 * The group lives in #general (the demo is tried in SandboxDemoIT).
 */
class SandboxIT {

    @RegisterExtension
    static final SandboxPage page = new SandboxPage();

    static PageClient slack;
    static PageClient.Answer setup;

    @BeforeAll
    static void sueSetsUpAGroupInGeneral() {
        slack = page.client();
        setup = slack.type(SUE, GENERAL, "/themegroup setup name Equalities Theme Group secretary @Debbie Briggs");
    }

    @Test
    void thePageIsServedWithItsScriptsHintsAndIcon() {
        HttpResponse<byte[]> index = slack.get("/");

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(new String(index.body(), StandardCharsets.UTF_8)).contains("<script src=\"blockkit.js\">",
                "<script src=\"fields.js\">", "<script src=\"sandbox.js\">", "/themebot help");
        for (String asset : List.of("/sandbox.js", "/fields.js", "/blockkit.js", "/sandbox.css", "/favicon.ico")) {
            assertThat(slack.get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void theScriptsNeverTurnTextIntoHtml() throws Exception {
        for (String script : List.of("blockkit.js", "fields.js", "sandbox.js")) {
            String js = Files.readString(Path.of("src/main/resources/sandbox/page", script));
            assertThat(js).as(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write");
        }
    }

    @Test
    void aSetupTypedOnThePageGetsTheBotsReplyForItsTyperOnly() {
        assertThat(setup.json().path("ack").asInt()).isEqualTo(200);

        PageClient.Post reply = slack.awaitPost(SUE, GENERAL, p -> p.readable().contains("now the home of")).orElseThrow();

        assertThat(reply.author()).isEqualTo("U0THEMEBOT");
        assertThat(reply.onlyYou()).isTrue();
        assertThat(reply.readable()).contains("*Equalities Theme Group*", "<@U01DEBBIE>");
        assertThat(slack.posts(BALBIR, GENERAL)).noneMatch(p -> p.readable().contains("now the home of"));
    }

    @Test
    void slackEventsStillRefusesWhatTheSandboxDidNotSign() {
        String body = "command=%2Fthemegroup&text=setup+name+Sneaky&team_id=T0SANDBOX&channel_id=C02GENERAL&user_id=U02SUE";
        String form = "application/x-www-form-urlencoded";

        PageClient.Answer unsigned = slack.post("/slack/events", form, body, Map.of());
        PageClient.Answer wronglySigned = slack.post("/slack/events", form, body,
                SignedClient.sign(body, SignedClient.wallSeconds(), "not-the-sandbox-secret"));

        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(wronglySigned.status()).isEqualTo(401);
    }

    @Test
    void theSandboxApiAnswersOnlyTheBotsToken() {
        String form = "application/x-www-form-urlencoded";

        JsonNode noToken = slack.post("/sandbox/api/auth.test", form, "", Map.of()).json();
        JsonNode wrongToken = slack.post("/sandbox/api/auth.test", form, "", Map.of("Authorization", "Bearer xoxb-guess")).json();

        assertThat(noToken.path("ok").asBoolean(true)).isFalse();
        assertThat(noToken.path("error").asText()).isEqualTo("not_authed");
        assertThat(wrongToken.path("error").asText()).isEqualTo("invalid_auth");
    }

    @Test
    void aScriptTypedAsActionTextIsKeptAsText() {
        slack.awaitPost(SUE, GENERAL, p -> p.readable().contains("now the home of")).orElseThrow();

        PageClient.Answer sent = slack.type(SUE, GENERAL, "/action add <script>alert(1)</script> & more | @Sue Bent | Sept 08");

        assertThat(sent.json().path("ack").asInt()).isEqualTo(200);
        PageClient.Post added = slack.awaitPost(BALBIR, GENERAL, p -> p.readable().contains("alert(1)")).orElseThrow();
        assertThat(added.readable()).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more").doesNotContain("<script>");
        List<String> stored = page.app().database().jdbi().withHandle(h -> h.createQuery("SELECT text FROM action")
                .mapTo(String.class).list());
        assertThat(stored).contains("<script>alert(1)</script> & more");
    }

    @Test
    void exportedActionNotesCanBeDownloadedFromTheChannel() {
        slack.awaitPost(SUE, GENERAL, p -> p.readable().contains("now the home of")).orElseThrow();
        slack.type(SUE, GENERAL, "/meeting start 2008-10-22");
        slack.awaitPost(SUE, GENERAL, p -> p.readable().contains("Meeting M1")).orElseThrow();

        slack.type(SUE, GENERAL, "/meeting export md");

        PageClient.Post shared = slack.awaitPost(BALBIR, GENERAL, p -> p.files().size() > 0).orElseThrow();
        JsonNode file = shared.files().get(0);
        assertThat(file.path("name").asText()).isEqualTo("action-notes-2008-10-22.md");
        HttpResponse<byte[]> download = slack.get(file.path("url").asText());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"action-notes-2008-10-22.md\"");
        assertThat(new String(download.body(), StandardCharsets.UTF_8)).contains("Equalities Theme Group", "(draft)");
        assertThat(download.body()).hasSize(file.path("size").asInt());
    }

    @Test
    void aCommandTheManifestLacksIsRefusedBySlackNotSentToTheBot() {
        PageClient.Answer sent = slack.type(BALBIR, GENERAL, "/goodpractise submit Buddy scheme");

        assertThat(sent.json().path("ack").asInt()).isEqualTo(404);
        assertThat(slack.posts(BALBIR, GENERAL)).anySatisfy(p -> {
            assertThat(p.author()).isEqualTo("USLACKBOT");
            assertThat(p.text()).startsWith("/goodpractise is not a valid command.");
        });
    }

    @Test
    void theBotsMessagesTabIsReadOnlyAsItsManifestSays() {
        PageClient.Answer refused = slack.type(DEBBIE, "D01DEBBIE", "hello themebot");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(slack.state(DEBBIE).path("messagesReadOnly").asBoolean()).isTrue();
    }

    @Test
    void aPersonCannotPostInAnotherPersonsDirectMessages() {
        PageClient.Answer refused = slack.type(SUE, "D01DEBBIE", "/action list");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(slack.posts(DEBBIE, "D01DEBBIE")).isEmpty();
    }
}
