package org.themebot.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

/** What the bot did in the fake Slack after a command, waited for with a deadline. */
final class InSlack {

    /**
     * A document is made after the ack; the first one a JVM makes loads POI or openhtmltopdf, which
     * on a loaded machine can take longer than a message.
     */
    private static final Duration DOCUMENT_PATIENCE = FakeSlack.PATIENCE.multipliedBy(3);

    private InSlack() {
    }

    /**
     * Runs a command that should answer nothing in its ack and upload one file to its channel;
     * returns that file once its upload is complete (failing the test if none comes).
     */
    static FakeSlack.UploadedFile awaitUpload(TestBot bot, String user, String channel, String command, String text) {
        int before = bot.fake().files().size();
        CommandResult result = bot.command(user, channel, command, text);
        assertThat(result.ackText()).as(command + " " + text).isEmpty();
        List<FakeSlack.UploadedFile> files = FakeSlack.waitFor(
                () -> bot.fake().files().size() > before ? bot.fake().files() : null, DOCUMENT_PATIENCE);
        assertThat(files).as("an upload for " + command + " " + text).isNotNull();
        FakeSlack.UploadedFile file = files.get(files.size() - 1);
        assertThat(file.channel()).isEqualTo(channel);
        return file;
    }

    /** The first message in the channel whose readable text contains {@code wanted} (failing the test if none comes). */
    static FakeSlack.Message awaitMessage(TestBot bot, String channel, String wanted) {
        FakeSlack.Message message = FakeSlack.waitFor(() -> bot.fake().messages(channel).stream()
                .filter(m -> m.readable().contains(wanted)).findFirst().orElse(null), FakeSlack.PATIENCE);
        assertThat(message).as("a message in " + channel + " with " + wanted).isNotNull();
        return message;
    }
}
