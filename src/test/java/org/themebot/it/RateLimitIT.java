package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.themebot.it.TestBot.BALBIR;
import static org.themebot.it.TestBot.DEBBIE;
import static org.themebot.it.TestBot.SUE;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.themebot.sandbox.SlackCall;

/** A 429 from Slack is retried after its Retry-After; the message is neither lost nor sent twice. */
class RateLimitIT {

    @RegisterExtension
    static final TestBot bot = new TestBot();

    @Test
    void aRateLimitedConfirmationArrivesOnceAfterRetryAfter() {
        String channel = bot.newChannel("equalities");
        bot.setUpGroup(channel, "Equalities Theme Group", SUE, DEBBIE);
        bot.fake().failNext("chat.postMessage", 1, 429, 1);

        CommandResult add = bot.command(SUE, channel, "/action",
                "add Circulate the revised Terms of Reference | " + bot.mention(BALBIR) + " | Sept 08");

        assertThat(add.status()).isEqualTo(200);
        assertThat(add.elapsedMs()).isLessThan(3000);
        bot.awaitChannelMessage(add, m -> m.readable().contains("A1"));
        List<SlackCall> attempts = bot.fake().requests("chat.postMessage").stream()
                .filter(c -> c.seq() > add.sentAfter()).toList();
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).faulted()).as("first attempt rate-limited").isTrue();
        assertThat(attempts.get(1).ok()).as("second attempt ok").isTrue();
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at()))
                .as("the retry waited for Retry-After").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(FakeSlack.holdsFor(() -> bot.fake().calls("chat.postMessage", add.sentAfter()).size() == 1,
                Duration.ofMillis(1500))).as("sent exactly once").isTrue();
        assertThat(bot.fake().messages(channel, add.sentAfter())).singleElement()
                .satisfies(m -> assertThat(m.readable()).contains("A1", "Balbir Sohal"));
    }
}
