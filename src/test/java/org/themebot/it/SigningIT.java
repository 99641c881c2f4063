package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.SUE;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * /slack/events takes only what Slack signed within the last five minutes (401 otherwise), and a
 * signed body that is no Slack payload gets 400; neither changes anything.
 */
class SigningIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    private String channel;
    private Map<String, String> setupFields;
    private String setupBody;
    private Map<String, TestBot.TableState> before;

    @BeforeEach
    void aSetupCommandForAFreshChannel() {
        channel = bot.newChannel("equalities");
        setupFields = bot.client().commandFields(SUE, channel, "/themegroup", "setup name Equalities Theme Group");
        setupBody = SignedClient.formBody(setupFields);
        before = bot.tableStates(TestBot.DOMAIN_TABLES);
    }

    @Test
    void aBadSignatureIsRefusedAndChangesNothing() {
        Map<String, String> headers = headers(SignedClient.sign(setupBody, bot.client().now(), "not-the-secret"));

        assertRefused(bot.client().raw(setupBody, headers), 401);
    }

    @Test
    void aSignatureOfAnotherBodyIsRefused() {
        String signedBody = SignedClient.formBody(bot.client().commandFields(SUE, channel, "/themegroup", "show"));
        Map<String, String> headers = bot.client().formHeaders(signedBody, bot.client().now());

        assertRefused(bot.client().raw(setupBody, headers), 401);
    }

    @Test
    void aTimestampSixMinutesOldIsRefusedThoughCorrectlySigned() {
        Map<String, String> headers = bot.client().formHeaders(setupBody, bot.client().now() - 6 * 60);

        assertRefused(bot.client().raw(setupBody, headers), 401);
    }

    @Test
    void aRequestWithoutSignatureHeadersIsRefused() {
        assertRefused(bot.client().raw(setupBody, Map.of("Content-Type", "application/x-www-form-urlencoded")), 401);
    }

    static Stream<Arguments> signedBodiesThatAreNoSlackPayload() {
        String form = "application/x-www-form-urlencoded";
        return Stream.of(
                Arguments.of("hello=world", form),
                Arguments.of("payload=" + encode("{not json}"), form),
                Arguments.of("payload=" + encode("{\"type\":\"no_such_thing\"}"), form),
                Arguments.of("command=" + encode("/themegroup") + "&text=" + encode("setup name Sneaky"), form),
                Arguments.of("{\"type\":\"event_callback\"}", "application/json"),
                Arguments.of("", form));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("signedBodiesThatAreNoSlackPayload")
    void aSignedBodyThatIsNoSlackPayloadGets400AndChangesNothing(String body, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>(bot.client().formHeaders(body, bot.client().now()));
        headers.put("Content-Type", contentType);

        SignedClient.Raw answer = bot.client().raw(body, headers);

        assertThat(answer.status()).as("status; body %s", answer.body()).isEqualTo(400);
        assertThat(bot.tableStates(TestBot.DOMAIN_TABLES)).isEqualTo(before);
    }

    @Test
    void theSameSetupCorrectlySignedIsApplied() {
        SignedClient.Raw answer = bot.client().raw(setupBody, bot.client().formHeaders(setupBody, bot.client().now()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(bot.stored(channel).hasGroup()).isTrue();
        assertThat(answer.body()).as("the typer's reply, in the ack").contains("Equalities Theme Group");
    }

    @Test
    void signedInteractivityPayloadsPassVerificationAndParsing() {
        CommandResult press = bot.client().blockAction(SUE, channel, "no_such_button", "A1", null, null);
        CommandResult submit = bot.client().viewSubmission(SUE, null, null, "no_such_modal", "");

        // No listener handles these yet: Bolt answers 404, but neither 401 (signature) nor 400 (payload).
        assertThat(press.status()).as("block action: %s", press.rawAck()).isNotIn(400, 401);
        assertThat(submit.status()).as("view submission: %s", submit.rawAck()).isNotIn(400, 401);
        assertThat(bot.tableStates(TestBot.DOMAIN_TABLES)).isEqualTo(before);
    }

    private void assertRefused(SignedClient.Raw answer, int status) {
        assertThat(answer.status()).as("status; body %s", answer.body()).isEqualTo(status);
        assertThat(bot.stored(channel).hasGroup()).as("a group was set up").isFalse();
        assertThat(bot.tableStates(TestBot.DOMAIN_TABLES)).isEqualTo(before);
        assertThat(FakeSlack.holdsFor(() -> bot.fake().responses(setupFields.get("response_url")).isEmpty(),
                Duration.ofMillis(200))).as("no reply to the response_url").isTrue();
    }

    private static Map<String, String> headers(Map<String, String> signature) {
        Map<String, String> headers = new LinkedHashMap<>(signature);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        return headers;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
