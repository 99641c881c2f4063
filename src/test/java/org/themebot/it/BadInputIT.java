package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed commands over signed HTTP: each is answered to the typer only, says the correct
 * form, and changes nothing — no row, no channel post.
 */
class BadInputIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    private static String channel;

    @BeforeAll
    static void aGroupWithActionA1() {
        channel = bot.newChannel("equalities");
        bot.setUpGroup(channel, "Equalities Theme Group", SUE, DEBBIE);
        CommandResult add = bot.command(SUE, channel, "/action",
                "add Circulate the revised Terms of Reference | " + bot.mention(BALBIR) + " | Sept 08");
        bot.awaitChannelMessage(add, m -> m.readable().contains("A1"));
    }

    static Stream<Arguments> malformedCommands() {
        return Stream.of(
                arguments("/action", "add " + "x".repeat(2001), "/action add"),
                arguments("/action", "add Book the venue | Sue | Sept 08 | extra", "/action add"),
                arguments("/action", "add Book the venue | Sue | 31/02/09", "/action add"),
                arguments("/action", "due A1 31/02/09", "/action due"),
                arguments("/action", "due A1 32/13/2008", "/action due"),
                arguments("/action", "due A1", "/action due"),
                arguments("/action", "done", "/action done"),
                arguments("/action", "done A99", "/action done"),
                arguments("/action", "show X9", "/action show"),
                arguments("/action", "list bogus", "/action list"),
                arguments("/action", "frobnicate A1", "/action add"),
                arguments("/themegroup", "timezone Mars/Base", "/themegroup timezone"),
                arguments("/themegroup", "setup chair Bob", "/themegroup setup"),
                arguments("/themegroup", "setup Equalities", "/themegroup setup"),
                arguments("/themegroup", "strands race, Race", "/themegroup strands"),
                arguments("/themegroup", "strands", "/themegroup strands"),
                arguments("/themegroup", "principles ,", "/themegroup principles"),
                arguments("/goodpractice", "submit | only a description", "/goodpractice submit"),
                arguments("/goodpractice", "submit Title | text | race | extra", "/goodpractice submit"),
                arguments("/goodpractice", "submit " + "x".repeat(301), "/goodpractice submit"),
                arguments("/goodpractice", "submit Title | text | class", "/goodpractice submit"),
                arguments("/goodpractice", "list bogus", "/goodpractice list"),
                arguments("/goodpractice", "show X1", "/goodpractice show"),
                arguments("/goodpractice", "show G99", "/goodpractice show"),
                arguments("/goodpractice", "table", "/goodpractice table"),
                arguments("/goodpractice", "withdraw G1 please", "/goodpractice withdraw"),
                arguments("/goodpractice", "export docx", "/goodpractice export"),
                arguments("/goodpractice", "frobnicate", "/goodpractice submit"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("malformedCommands")
    void isAnsweredToTheTyperWithTheCorrectFormAndChangesNothing(String command, String text, String form) {
        Map<String, TestBot.TableState> before = bot.tableStates(TestBot.DOMAIN_TABLES);

        CommandResult result = bot.command(SUE, channel, command, text);

        assertThat(result.status()).as("HTTP status; ack %s", result.rawAck()).isEqualTo(200);
        assertThat(result.responseType()).as("response_type of %s", result.rawAck()).isEqualTo("ephemeral");
        assertThat(result.ackText()).as("the ack names the correct form").contains(form);
        assertThat(bot.tableStates(TestBot.DOMAIN_TABLES)).as("the database").isEqualTo(before);
        assertThat(FakeSlack.holdsFor(() -> bot.fake().calls("chat.postMessage", result.sentAfter()).isEmpty()
                && bot.fake().responses(result.responseUrl()).isEmpty(), Duration.ofMillis(150)))
                .as("nothing posted in the channel or to the response_url").isTrue();
    }
}
