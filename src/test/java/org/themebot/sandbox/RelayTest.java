package org.themebot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.themebot.slack.SlackApp;
import org.themebot.slack.SlackEndpoint;

/** What the relay sends, read by a real Bolt app behind themebot's own signature check. */
class RelayTest {

    static final String SECRET = "relay-test-secret";
    static final String TOKEN = "xoxb-relay-test";
    static final Workspace.Person SUE = Workspace.person("U02SUE").orElseThrow();
    static final List<String> heard = new CopyOnWriteArrayList<>();
    static Javalin web;
    static Relay relay;

    @BeforeAll
    static void startABoltAppThatListens() {
        SlackApp slackApp = new SlackApp(TOKEN, SECRET, "http://127.0.0.1:9/unknown-until-started/");
        var app = slackApp.app();
        app.messageShortcut("record_as_action", (req, ctx) -> {
            var p = req.getPayload();
            heard.add(p.getUser().getId() + " on " + p.getChannel().getId() + ": " + p.getMessage().getText()
                    + (p.getTriggerId().isBlank() || p.getResponseUrl().isBlank() ? "" : " (trigger, response_url)"));
            return ctx.ack();
        });
        app.globalShortcut("new_action", (req, ctx) -> {
            heard.add("global by " + req.getPayload().getUser().getId());
            return ctx.ack();
        });
        SlackEndpoint endpoint = new SlackEndpoint(app, SECRET, null, null);
        // Bolt asks auth.test before its first request: the engine's Web API answers it.
        // Real time: the relay signs requests that SlackEndpoint checks against the wall clock.
        SlackEngine engine = new SlackEngine(Workspace.directory(), TOKEN, Clock.systemUTC(), call -> { });
        web = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/slack/events", endpoint::handle);
            engine.addRoutes(cfg);
        }).start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + web.port();
        engine.listensAt(base);
        slackApp.useApiUrl(engine.apiUrl());
        // What is sent matters here, not how fast: a loaded machine may take Bolt's first answer past 3 s.
        relay = new Relay(engine.requests(), SECRET, Clock.systemUTC(), Duration.ofSeconds(30));
        relay.sendTo(base);
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @Test
    void aMessageShortcutArrivesWithItsMessageChannelAndTrigger() {
        ObjectNode message = JsonNodeFactory.instance.objectNode().put("type", "message").put("ts", "1.000001")
                .put("text", "Debbie to send the toolkit").put("user", "U01DEBBIE");

        Relay.Ack ack = relay.messageShortcut(SUE, "record_as_action", Workspace.THEME_GROUP, "1.000001", message);

        assertThat(ack.status()).isEqualTo(200);
        assertThat(heard).contains("U02SUE on C01EQUALITIES: Debbie to send the toolkit (trigger, response_url)");
    }

    @Test
    void aGlobalShortcutArrives() {
        assertThat(relay.globalShortcut(SUE, "new_action").status()).isEqualTo(200);
        assertThat(heard).contains("global by U02SUE");
    }
}
