package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A slash command Slack sends again (same trigger_id) is recognised and applied once. */
class RetryIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    private String channel;

    @BeforeEach
    void aThemeGroup() {
        channel = bot.newChannel("equalities");
        bot.setUpGroup(channel, "Equalities Theme Group", SUE, DEBBIE);
    }

    @Test
    void theSameCommandSentTwiceMakesOneAction() {
        Map<String, String> fields = addCommand();

        CommandResult first = bot.client().send(fields);
        CommandResult retry = bot.client().send(fields, Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.ackText()).doesNotContain(":warning:");
        assertAppliedOnce(first);
    }

    @Test
    void theSameCommandSentTwiceAtOnceMakesOneAction() {
        Map<String, String> fields = addCommand();
        long mark = bot.fake().mark();

        List<CommandResult> results = List.of(
                        CompletableFuture.supplyAsync(() -> bot.client().send(fields)),
                        CompletableFuture.supplyAsync(() -> bot.client().send(fields)))
                .stream().map(CompletableFuture::join).toList();

        assertThat(results).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertAppliedOnce(results.get(0).sentAfter() < results.get(1).sentAfter() ? results.get(0) : results.get(1));
        assertThat(bot.fake().calls("chat.postMessage", mark)).hasSize(1);
    }

    @Test
    void twoCommandsWithTheSameTextAreTwoActions() {
        CommandResult first = bot.client().send(addCommand());
        bot.awaitChannelMessage(first, m -> m.readable().contains("A1"));
        CommandResult second = bot.client().send(addCommand());
        bot.awaitChannelMessage(second, m -> m.readable().contains("A2"));

        assertThat(bot.stored(channel).count()).isEqualTo(2);
    }

    private Map<String, String> addCommand() {
        return bot.client().commandFields(SUE, channel, "/action",
                "add Circulate the revised Terms of Reference | " + bot.mention(BALBIR) + " | Sept 08");
    }

    private void assertAppliedOnce(CommandResult first) {
        bot.awaitChannelMessage(first, m -> m.readable().contains("A1"));
        assertThat(FakeSlack.holdsFor(() -> bot.fake().calls("chat.postMessage", first.sentAfter()).size() == 1,
                Duration.ofMillis(500))).as("one confirmation in the channel").isTrue();
        StoredActions stored = bot.stored(channel);
        assertThat(stored.count()).as("actions stored").isEqualTo(1);
        assertThat(stored.history(1)).containsExactly("created");
    }
}
