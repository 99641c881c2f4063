package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppHomeOpenedEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Bolt app run in-process by {@link SignedClient#inProcess}, as listener tests run theirs: the
 * same signed requests as over HTTP go through Bolt's parser and signature check into app.run, and
 * the app's Web API calls go to the engine over HTTP.
 */
class InProcessBoltTest {

    static final String SECRET = "in-process-secret";
    static final String SUE = "U0SUE";
    static final String CHANNEL = "C0THEME";
    static final String MODAL = """
            {"type": "modal", "callback_id": "record", "title": {"type": "plain_text", "text": "Record an action"},
             "blocks": [{"type": "input", "block_id": "text", "label": {"type": "plain_text", "text": "Action"},
                         "element": {"type": "plain_text_input", "action_id": "v"}}]}""";
    static final String HOME = """
            {"type": "home", "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "2 open actions"}}]}""";

    static final List<String> heard = new CopyOnWriteArrayList<>();
    static final ExecutorService afterAck = Executors.newSingleThreadExecutor();
    static FakeSlack fake;
    static App app;
    static SignedClient slack;

    @BeforeAll
    static void anAppWithAListenerOfEachKind() {
        fake = FakeSlack.start().addUser(SUE, "Sue Bent").addChannel(CHANNEL, "equalities");
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        app = new App(AppConfig.builder().slack(Slack.getInstance(config)).singleTeamBotToken(FakeSlack.BOT_TOKEN)
                .signingSecret(SECRET).build());
        app.command("/action", (req, ctx) -> {
            afterAck.submit(() -> ctx.client().chatPostMessage(r -> r.channel(req.getPayload().getChannelId())
                    .text("A1 added: " + req.getPayload().getText())));
            return ctx.ack("Adding it");
        });
        app.messageShortcut("record_as_action", (req, ctx) -> {
            ctx.client().viewsOpen(r -> r.triggerId(req.getPayload().getTriggerId()).viewAsString(MODAL));
            return ctx.ack();
        });
        app.globalShortcut("new_action", (req, ctx) -> {
            heard.add("shortcut by " + req.getPayload().getUser().getId());
            return ctx.ack();
        });
        app.viewSubmission("record", (req, ctx) -> {
            heard.add("submitted " + req.getPayload().getView().getState().getValues().get("text").get("v").getValue());
            return ctx.ack();
        });
        app.blockAction("done", (req, ctx) -> {
            heard.add("done " + req.getPayload().getActions().get(0).getValue() + " in "
                    + req.getPayload().getChannel().getId());
            return ctx.ack();
        });
        app.event(AppHomeOpenedEvent.class, (payload, ctx) -> {
            ctx.client().viewsPublish(r -> r.userId(payload.getEvent().getUser()).viewAsString(HOME));
            return ctx.ack();
        });
        slack = SignedClient.inProcess(app, SECRET, fake);
    }

    @AfterAll
    static void stop() {
        afterAck.shutdownNow();
        fake.close();
    }

    @Test
    void aCommandIsAckedAtOnceWhileASlowWebApiAnswersLater() {
        fake.slowNext("chat.postMessage", 1, Duration.ofSeconds(2));

        CommandResult added = slack.command(SUE, CHANNEL, "/action", "add Send the toolkit");

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.elapsedMs()).as("ack time").isLessThan(1000);
        assertThat(added.ackText()).isEqualTo("Adding it");
        assertThat(FakeSlack.waitFor(() -> fake.messages(CHANNEL, added.sentAfter()), FakeSlack.PATIENCE))
                .singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("A1 added: add Send the toolkit"));
    }

    @Test
    void aShortcutsTriggerOpensAModalWhoseSubmissionReachesItsListener() {
        int before = fake.views().size();

        assertThat(slack.messageShortcut(SUE, CHANNEL, "record_as_action", "Debbie to send the toolkit").status())
                .isEqualTo(200);
        JsonNode modal = FakeSlack.waitFor(() -> fake.views().size() > before ? fake.views().get(before) : null,
                FakeSlack.PATIENCE);
        var values = JsonNodeFactory.instance.objectNode();
        values.putObject("text").putObject("v").put("type", "plain_text_input").put("value", "Send the toolkit");

        assertThat(modal.path("callback_id").asText()).isEqualTo("record");
        assertThat(slack.viewSubmission(SUE, modal, values, null, null).status()).isEqualTo(200);
        assertThat(slack.globalShortcut(SUE, "new_action").status()).isEqualTo(200);
        assertThat(heard).contains("submitted Send the toolkit", "shortcut by " + SUE);
    }

    @Test
    void aButtonAndAnEventReachTheirListeners() {
        assertThat(slack.blockAction(SUE, CHANNEL, "done", "A1", null, null).status()).isEqualTo(200);
        assertThat(slack.event(JsonNodeFactory.instance.objectNode()
                .put("type", "app_home_opened").put("user", SUE).put("tab", "home"), "Ev0HOME", 0).status())
                .isEqualTo(200);

        assertThat(heard).contains("done A1 in " + CHANNEL);
        assertThat(FakeSlack.waitFor(() -> fake.engine().views().home(SUE), FakeSlack.PATIENCE))
                .hasValueSatisfying(home -> assertThat(ReadableText.of(home)).contains("2 open actions"));
    }

    @Test
    void boltItselfRefusesARequestSignedWithAnotherSecret() {
        SignedClient impostor = SignedClient.inProcess(app, "not-the-secret", fake);

        assertThat(impostor.command(SUE, CHANNEL, "/action", "add Sneaky").status()).isEqualTo(401);
    }
}
