package org.themebot.it;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.ViewState;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.themebot.sandbox.Sandbox;
import org.themebot.slack.SlackApp;
import org.themebot.slack.SlackEndpoint;

/**
 * The sandbox with a stand-in for themebot: the real SlackApp and SlackEndpoint with listeners of
 * their own, to try the sandbox's modals and Home tab before themebot has them. /action opens a
 * modal; its Check button updates it; submitting "tbc" gets errors; closing it is heard; opening
 * the Home tab publishes one whose Done button changes it. What the listeners hear is in heard().
 */
public final class StandInBot implements BeforeAllCallback, AfterAllCallback {

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
               {"type": "actions", "block_id": "buttons", "elements": [
                 {"type": "button", "action_id": "check", "text": {"type": "plain_text", "text": "Check"}}]}%s]}
            """;
    static final String HOME = """
            {"type": "home", "blocks": [
              {"type": "section", "text": {"type": "mrkdwn", "text": "%s"}},
              {"type": "actions", "elements": [
                {"type": "button", "action_id": "home_done", "text": {"type": "plain_text", "text": "Done"}}]}]}
            """;

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private Javalin web;
    private PageClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        // Real time: the sandbox signs requests that SlackEndpoint checks against the wall clock.
        Sandbox sandbox = new Sandbox(false, Clock.systemUTC(), ZoneId.of("Europe/London"), (team, channel) -> false);
        var settings = sandbox.slackSettings(0);
        String secret = settings.signingSecret().orElseThrow();
        SlackApp slackApp = new SlackApp(settings.botToken().orElseThrow(), secret, settings.apiUrl());
        listen(slackApp.app());
        SlackEndpoint endpoint = new SlackEndpoint(slackApp.app(), secret, null, null);
        web = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/slack/events", endpoint::handle);
            sandbox.addRoutes(cfg);
        }).start("127.0.0.1", 0);
        sandbox.start(web.port(), slackApp);
        client = new PageClient(URI.create("http://127.0.0.1:" + web.port()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (web != null) {
            web.stop();
        }
    }

    public PageClient client() {
        return client;
    }

    public List<String> heard() {
        return heard;
    }

    private void listen(App app) {
        app.command("/action", (req, ctx) -> {
            ctx.client().viewsOpen(r -> r.triggerId(req.getPayload().getTriggerId()).viewAsString(MODAL.formatted("")));
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
            var view = req.getPayload().getView();
            String typed = view.getState().getValues().get("text").get("v").getValue();
            heard.add("checked " + typed);
            String checked = ", {\"type\": \"context\", \"elements\": [{\"type\": \"plain_text\", \"text\": \"Checked: "
                    + typed.replace("\"", "") + "\"}]}";
            ctx.client().viewsUpdate(r -> r.viewId(view.getId()).hash(view.getHash()).viewAsString(MODAL.formatted(checked)));
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
}
