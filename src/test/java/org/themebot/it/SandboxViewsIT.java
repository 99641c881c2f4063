package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.PageClient.GENERAL;
import static org.themebot.it.PageClient.SUE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.ViewState;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.themebot.sandbox.Sandbox;
import org.themebot.slack.SlackApp;
import org.themebot.slack.SlackEndpoint;

/**
 * Modals and the Home tab through the sandbox, before themebot has any: a stand-in Bolt app
 * (the real SlackApp and SlackEndpoint, with listeners of its own) opens a modal on /action,
 * answers a submission with errors, hears a modal's button and its closing, and publishes a
 * Home tab.
 */
class SandboxViewsIT {

    static final String MODAL = """
            {"type": "modal", "callback_id": "record", "notify_on_close": true,
             "title": {"type": "plain_text", "text": "Record an action"},
             "submit": {"type": "plain_text", "text": "Record"},
             "blocks": [
               {"type": "input", "block_id": "text", "label": {"type": "plain_text", "text": "Action"},
                "element": {"type": "plain_text_input", "action_id": "v"}},
               {"type": "input", "block_id": "owners", "optional": true, "label": {"type": "plain_text", "text": "Owners"},
                "element": {"type": "multi_users_select", "action_id": "v"}},
               {"type": "input", "block_id": "due", "optional": true, "label": {"type": "plain_text", "text": "Due"},
                "element": {"type": "datepicker", "action_id": "v"}},
               {"type": "actions", "elements": [
                 {"type": "button", "action_id": "check", "text": {"type": "plain_text", "text": "Check"}}]}]}
            """;
    static final String HOME = """
            {"type": "home", "blocks": [
              {"type": "section", "text": {"type": "mrkdwn", "text": "%s"}},
              {"type": "actions", "elements": [
                {"type": "button", "action_id": "home_done", "text": {"type": "plain_text", "text": "Done"}}]}]}
            """;

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final List<String> heard = new CopyOnWriteArrayList<>();
    static Javalin web;
    static PageClient slack;

    @BeforeAll
    static void startTheSandboxWithAStandInBot() {
        Sandbox sandbox = new Sandbox(false);
        var settings = sandbox.slackSettings(0);
        String secret = settings.signingSecret().orElseThrow();
        SlackApp slackApp = new SlackApp(settings.botToken().orElseThrow(), secret, settings.apiUrl());
        listen(slackApp.app());
        SlackEndpoint endpoint = new SlackEndpoint(slackApp.app(), secret);
        web = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/slack/events", endpoint::handle);
            sandbox.addRoutes(cfg);
        }).start("127.0.0.1", 0);
        sandbox.start(web.port(), slackApp);
        slack = new PageClient(URI.create("http://127.0.0.1:" + web.port()));
    }

    static void listen(App app) {
        app.command("/action", (req, ctx) -> {
            ctx.client().viewsOpen(r -> r.triggerId(req.getPayload().getTriggerId()).viewAsString(MODAL));
            return ctx.ack();
        });
        app.viewSubmission("record", (req, ctx) -> {
            Map<String, Map<String, ViewState.Value>> values = req.getPayload().getView().getState().getValues();
            String text = values.get("text").get("v").getValue();
            if (text.equals("tbc")) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of("text", "Say what needs doing")));
            }
            heard.add("submitted " + text + " " + values.get("owners").get("v").getSelectedUsers() + " "
                    + values.get("due").get("v").getSelectedDate() + " by " + req.getPayload().getUser().getId());
            return ctx.ack();
        });
        app.viewClosed("record", (req, ctx) -> {
            heard.add("closed");
            return ctx.ack();
        });
        app.blockAction("check", (req, ctx) -> {
            heard.add("checked " + req.getPayload().getView().getState().getValues().get("text").get("v").getValue());
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            ctx.client().viewsPublish(r -> r.userId(payload.getEvent().getUser()).viewAsString(HOME.formatted("2 open actions")));
            return ctx.ack();
        });
        app.blockAction("home_done", (req, ctx) -> {
            ctx.client().viewsPublish(r -> r.userId(req.getPayload().getUser().getId())
                    .viewAsString(HOME.formatted("Done: 1 open action")));
            return ctx.ack();
        });
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void aModalOpensSubmissionErrorsShowInItAndAGoodSubmissionClosesIt() {
        slack.type(SUE, GENERAL, "/action");
        JsonNode modal = awaitModal();
        assertThat(modal.path("title").path("text").asText()).isEqualTo("Record an action");

        PageClient.Answer refused = slack.submit(SUE, values("tbc", List.of(), ""));
        PageClient.Answer accepted = slack.submit(SUE, values("Send the toolkit", List.of(SUE, "U03BALBIR"), "2008-10-22"));

        assertThat(refused.json().path("errors").path("text").asText()).isEqualTo("Say what needs doing");
        assertThat(accepted.json().has("errors")).isFalse();
        assertThat(slack.state(SUE).path("modal").isNull()).isTrue();
        assertThat(heard).contains("submitted Send the toolkit [U02SUE, U03BALBIR] 2008-10-22 by U02SUE");
    }

    @Test
    void aButtonInAModalCarriesWhatItsInputsSayAndClosingItIsHeard() {
        slack.type(SUE, GENERAL, "/action");
        JsonNode modal = awaitModal();

        slack.post("/sandbox/actions", pressWithValues(modal, "half-typed"));
        slack.closeModal(SUE);

        assertThat(FakeSlack.waitFor(() -> heard.contains("checked half-typed") && heard.contains("closed"),
                Duration.ofSeconds(5))).isTrue();
        assertThat(slack.state(SUE).path("modal").isNull()).isTrue();
    }

    @Test
    void theHomeTabIsPublishedWhenOpenedAndUpdatedAfterAButton() {
        slack.openHome(SUE);
        JsonNode home = FakeSlack.waitFor(() -> nonNull(slack.state(SUE).path("home")), FakeSlack.PATIENCE);
        assertThat(home.path("blocks").toString()).contains("2 open actions");

        slack.pressInView(SUE, home, "home_done");

        assertThat(FakeSlack.waitFor(() -> slack.state(SUE).path("home").toString().contains("Done: 1 open action"),
                FakeSlack.PATIENCE)).isTrue();
        assertThat(slack.state("U03BALBIR").path("home").isNull()).isTrue();
    }

    private static JsonNode awaitModal() {
        return FakeSlack.waitFor(() -> nonNull(slack.state(SUE).path("modal")), FakeSlack.PATIENCE);
    }

    private static JsonNode nonNull(JsonNode node) {
        return node.isObject() ? node : null;
    }

    private static ObjectNode values(String text, List<String> owners, String due) {
        ObjectNode values = MAPPER.createObjectNode();
        values.putObject("text").put("v", text);
        owners.forEach(values.putObject("owners").putArray("v")::add);
        values.putObject("due").put("v", due);
        return values;
    }

    private static ObjectNode pressWithValues(JsonNode modal, String typed) {
        ObjectNode press = MAPPER.createObjectNode().put("user", SUE).put("view", modal.path("id").asText())
                .put("blockId", modal.path("blocks").get(3).path("block_id").asText()).put("actionId", "check");
        press.putObject("values").putObject("text").put("v", typed);
        return press;
    }
}
