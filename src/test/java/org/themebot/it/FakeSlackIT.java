package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.model.block.LayoutBlock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.themebot.sandbox.ResponseUrls;
import org.themebot.sandbox.SlackCall;

/** The engine through the tests' facade, driven by the Slack SDK the bot uses: it must answer as Slack would. */
class FakeSlackIT {

    private static FakeSlack fake;
    private static MethodsClient slack;

    @BeforeAll
    static void start() {
        fake = FakeSlack.start().addUser("U0SUE", "Sue Bent").addChannel("C0THEME", "equalities")
                .addChannelWithoutBot("C0OUTSIDE", "random");
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        slack = Slack.getInstance(config).methods(FakeSlack.BOT_TOKEN);
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    @Test
    void answersAuthTestAndUsersInfoFromItsDirectory() throws Exception {
        var auth = slack.authTest(r -> r);
        assertThat(auth.isOk()).isTrue();
        assertThat(auth.getTeamId()).isEqualTo(FakeSlack.TEAM_ID);
        assertThat(auth.getBotId()).isEqualTo(FakeSlack.BOT_ID);

        var sue = slack.usersInfo(r -> r.user("U0SUE"));
        assertThat(sue.getUser().getProfile().getRealName()).isEqualTo("Sue Bent");
        assertThat(sue.getUser().getRealName()).isEqualTo("Sue Bent");
        assertThat(slack.usersInfo(r -> r.user("U0NOBODY")).getError()).isEqualTo("user_not_found");
        assertThat(fake.calls("users.info")).extracting(c -> c.arg("user")).contains("U0SUE", "U0NOBODY");
        assertThat(fake.calls("users.info")).allSatisfy(c -> assertThat(c.token()).isEqualTo(FakeSlack.BOT_TOKEN));

        var wrongToken = Slack.getInstance(configFor(fake)).methods("xoxb-wrong").authTest(r -> r);
        assertThat(wrongToken.getError()).isEqualTo("invalid_auth");
    }

    @Test
    void recordsMessagesAndEnforcesBlockKitLimits() throws Exception {
        long mark = fake.mark();
        var posted = slack.chatPostMessage(r -> r.channel("C0THEME").text("A1 added")
                .blocks(List.of(section(s -> s.text(markdownText("*A1* added"))))));
        assertThat(posted.isOk()).isTrue();
        assertThat(fake.messages("C0THEME", mark)).singleElement()
                .satisfies(m -> assertThat(m.readable()).contains("A1 added", "*A1* added"));

        List<LayoutBlock> tooMany = Collections.nCopies(51, section(s -> s.text(markdownText("x"))));
        assertThat(slack.chatPostMessage(r -> r.channel("C0THEME").text("t").blocks(tooMany)).getError())
                .isEqualTo("invalid_blocks");
        String tooLong = "x".repeat(3001);
        assertThat(slack.chatPostMessage(r -> r.channel("C0THEME").text("t")
                .blocks(List.of(section(s -> s.text(markdownText(tooLong)))))).getError()).isEqualTo("invalid_blocks");
        String longHeader = "h".repeat(151);
        assertThat(slack.chatPostMessage(r -> r.channel("C0THEME").text("t")
                .blocks(List.of(header(h -> h.text(plainText(longHeader)))))).getError()).isEqualTo("invalid_blocks");
        String longField = "f".repeat(2001);
        assertThat(slack.chatPostMessage(r -> r.channel("C0THEME").text("t")
                .blocks(List.of(section(s -> s.fields(List.of(markdownText(longField))))))).getError())
                .isEqualTo("invalid_blocks");
        assertThat(slack.chatPostMessage(r -> r.channel("C0THEME").text("x".repeat(40_001))).getError())
                .isEqualTo("msg_too_long");
        assertThat(slack.chatPostMessage(r -> r.channel("C0NOWHERE").text("t")).getError())
                .isEqualTo("channel_not_found");
        assertThat(slack.chatPostMessage(r -> r.channel("C0OUTSIDE").text("t")).getError())
                .isEqualTo("not_in_channel");
        assertThat(fake.messages("C0THEME", mark)).hasSize(1);
    }

    @Test
    void directMessagesGoToTheUsersDmChannel() throws Exception {
        var open = slack.conversationsOpen(r -> r.users(List.of("U0SUE")));
        assertThat(open.getChannel().getId()).isEqualTo(fake.dmChannel("U0SUE"));
        slack.chatPostMessage(r -> r.channel(open.getChannel().getId()).text("A1 is due in 2 days"));
        slack.chatPostMessage(r -> r.channel("U0SUE").text("A2 is due today"));

        assertThat(fake.directMessages("U0SUE")).extracting(FakeSlack.Message::text)
                .containsExactly("A1 is due in 2 days", "A2 is due today");
    }

    @Test
    void aFaultIsA429WithRetryAfterThenSlackAnswersAgain() throws Exception {
        fake.failNext("chat.update", 1, 429, 3);

        assertThatThrownBy(() -> slack.chatUpdate(r -> r.channel("C0THEME").ts("1.1").text("x")))
                .isInstanceOfSatisfying(SlackApiException.class, e -> {
                    assertThat(e.getResponse().code()).isEqualTo(429);
                    assertThat(e.getResponse().header("Retry-After")).isEqualTo("3");
                });
        assertThat(slack.chatUpdate(r -> r.channel("C0THEME").ts("1.1").text("x")).getError())
                .isEqualTo("message_not_found");
        assertThat(fake.requests("chat.update")).extracting(SlackCall::faulted).containsExactly(true, false);
        assertThat(fake.calls("chat.update")).hasSize(1);
    }

    @Test
    void serverErrorsAndNamedErrorsAreInjectedForTheNextCallsOfOneMethodOnly() throws Exception {
        long mark = fake.mark();
        fake.failNext("chat.postMessage", 2, 500, 0);
        fake.failNext("chat.postMessage", 1, "channel_not_found");

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> slack.chatPostMessage(r -> r.channel("C0THEME").text("A1 added")))
                    .isInstanceOfSatisfying(SlackApiException.class,
                            e -> assertThat(e.getResponse().code()).isEqualTo(500));
        }
        assertThat(slack.usersInfo(r -> r.user("U0SUE")).isOk()).as("another method answers").isTrue();
        assertThat(slack.chatPostMessage(r -> r.channel("C0THEME").text("A1 added")).getError())
                .isEqualTo("channel_not_found");
        assertThat(slack.chatPostMessage(r -> r.channel("C0THEME").text("A1 added")).isOk()).isTrue();

        assertThat(fake.requests("chat.postMessage").stream().filter(c -> c.seq() > mark))
                .extracting(SlackCall::faulted).containsExactly(true, true, true, false);
        assertThat(fake.messages("C0THEME", mark)).singleElement();
    }

    @Test
    void aSlowAnswerComesAfterItsDelayAndIsTheRealOne() throws Exception {
        fake.slowNext("users.info", 1, Duration.ofMillis(400));

        long started = System.nanoTime();
        var slow = slack.usersInfo(r -> r.user("U0SUE"));
        long slowMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(slowMs).isGreaterThanOrEqualTo(400);
        assertThat(slow.getUser().getRealName()).isEqualTo("Sue Bent");
        assertThat(fake.requests("users.info").get(fake.requests("users.info").size() - 1).faulted()).isFalse();
    }

    @Test
    void oauthV2AccessNeedsNoBotTokenAndAnswersAsATestSays() throws Exception {
        MethodsClient noToken = Slack.getInstance(configFor(fake)).methods();

        var installed = noToken.oauthV2Access(r -> r.clientId("123.456").clientSecret("secret").code("code-1"));
        assertThat(installed.isOk()).isTrue();
        assertThat(installed.getAccessToken()).isEqualTo(FakeSlack.BOT_TOKEN);
        assertThat(installed.getTeam().getId()).isEqualTo(FakeSlack.TEAM_ID);
        assertThat(noToken.oauthV2Access(r -> r.clientId("123.456").clientSecret("secret").code("")).getError())
                .isEqualTo("invalid_code");

        ObjectNode other = FakeSlack.MAPPER.createObjectNode().put("ok", true).put("access_token", "xoxb-other")
                .put("token_type", "bot");
        other.putObject("team").put("id", "T0OTHER").put("name", "Other Partnership");
        fake.answerWith("oauth.v2.access", other);
        var second = noToken.oauthV2Access(r -> r.clientId("123.456").clientSecret("secret").code("code-2"));
        assertThat(second.getTeam().getId()).isEqualTo("T0OTHER");

        assertThat(Slack.getInstance(configFor(fake)).methods("xoxb-other").authTest(r -> r).getError())
                .as("a token the fake does not know").isEqualTo("invalid_auth");
        fake.engine().acceptToken("xoxb-other");
        assertThat(Slack.getInstance(configFor(fake)).methods("xoxb-other").authTest(r -> r).isOk()).isTrue();
    }

    @Test
    void filesAreUploadedInThreeSteps() throws Exception {
        var upload = slack.filesUploadV2(r -> r.channel("C0THEME").filename("action-notes-2008-09-03.csv")
                .title("Action notes").content("ref,action\nA1,Circulate the ToR\n"));

        assertThat(upload.isOk()).as("upload: %s", upload.getError()).isTrue();
        assertThat(fake.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("action-notes-2008-09-03.csv");
            assertThat(f.channel()).isEqualTo("C0THEME");
            assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).contains("A1,Circulate the ToR");
        });
        assertThat(fake.calls("files.completeUploadExternal")).singleElement()
                .satisfies(c -> assertThat(c.arg("channel_id")).isEqualTo("C0THEME"));
    }

    @Test
    void viewsOpenOnlyWithTheEnginesTriggersAndWithinOneHundredBlocks() throws Exception {
        String modal = "{\"type\":\"modal\",\"callback_id\":\"add_action\",\"title\":{\"type\":\"plain_text\","
                + "\"text\":\"New action\"},\"blocks\":[%s]}";
        String block = "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"x\"}}";

        var opened = slack.viewsOpen(r -> r.triggerId(fake.engine().views().newTrigger("U0SUE"))
                .viewAsString(modal.formatted(block)));
        var madeUp = slack.viewsOpen(r -> r.triggerId("1.2.abc").viewAsString(modal.formatted(block)));
        var tooBig = slack.viewsOpen(r -> r.triggerId(fake.engine().views().newTrigger("U0SUE"))
                .viewAsString(modal.formatted(String.join(",", Collections.nCopies(101, block)))));

        assertThat(opened.isOk()).isTrue();
        assertThat(fake.views()).anySatisfy(v -> assertThat(v.path("callback_id").asText()).isEqualTo("add_action"));
        assertThat(madeUp.getError()).isEqualTo("invalid_trigger_id");
        assertThat(tooBig.getError()).isEqualTo("invalid_blocks");
    }

    @Test
    void responseUrlPostsAreRecordedAndShownAsSlackShowsThem() throws Exception {
        String responseUrl = fake.engine().responseUrls().newUrl(new ResponseUrls.Origin("U0SUE", "C0THEME", null));
        HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(responseUrl))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"response_type\":\"ephemeral\",\"text\":\"Open actions\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(fake.responses(responseUrl)).singleElement().satisfies(p -> {
            assertThat(p.ephemeral()).isTrue();
            assertThat(p.readable()).isEqualTo("Open actions");
        });
        assertThat(fake.ephemerals("U0SUE", "C0THEME", 0)).as("not a chat.postEphemeral").isEmpty();
        assertThat(fake.engine().timeline().posts()).anySatisfy(post -> {
            assertThat(post.text()).isEqualTo("Open actions");
            assertThat(post.onlyFor()).isEqualTo("U0SUE");
        });
    }

    @Test
    void waitForPollsUntilPresentAndHoldsForFailsFast() {
        AtomicInteger polls = new AtomicInteger();
        assertThat(FakeSlack.waitFor(() -> polls.incrementAndGet() >= 3 ? "ready" : null, Duration.ofSeconds(5)))
                .isEqualTo("ready");
        List<String> nothing = FakeSlack.waitFor(List::of, Duration.ofMillis(50));
        assertThat(nothing).isEmpty();
        assertThat(FakeSlack.holdsFor(() -> false, Duration.ofSeconds(5))).isFalse();
    }

    private static SlackConfig configFor(FakeSlack fake) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(fake.apiUrl());
        return config;
    }
}
