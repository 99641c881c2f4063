package org.themebot.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Loads the demo theme group: the secretary types the 3 September 2008 meeting
 * ({@code sandbox/demo-meeting.txt}) into the message box, so it goes through the bot's real path.
 * It does so only when the group has no meetings yet, and stops at the first line the bot refuses.
 */
final class Demo {

    /** What loading did, in a sentence for the page. */
    record Outcome(boolean loaded, String message) {
    }

    private static final String SCRIPT = "/sandbox/demo-meeting.txt";
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(20);

    private final MessageBox messageBox;
    private final Timeline timeline;
    private final Workspace.Person secretary = Workspace.PEOPLE.get(0);
    private final Workspace.Channel channel = Workspace.THEME_GROUP;

    Demo(MessageBox messageBox, Timeline timeline) {
        this.messageBox = messageBox;
        this.timeline = timeline;
    }

    synchronized Outcome load() {
        if (hasMeetings()) {
            return new Outcome(false, "#" + channel.name() + " already has meetings, so the demo was not loaded again.");
        }
        for (String line : script()) {
            Answer answer = type(line);
            if (answer.refusal().isPresent() || answer.reply().isEmpty()) {
                return new Outcome(false, "The demo stopped at \"" + line + "\": "
                        + answer.refusal().orElse("themebot did not answer."));
            }
        }
        return new Outcome(true, "Loaded the meeting of 3 September 2008 into #" + channel.name() + ".");
    }

    /** The bot's answer to a line: a refusal in its ack, or else the first reply the typer sees after it. */
    private record Answer(Optional<String> refusal, Optional<Timeline.Post> reply) {
    }

    /**
     * Asks the bot, as the secretary would: /meeting list is refused where there is no group, and
     * says "No meetings yet" where there is one without meetings. No answer counts as meetings,
     * so that the demo is never recorded twice.
     */
    private boolean hasMeetings() {
        Answer answer = type("/meeting list");
        return answer.refusal().isEmpty()
                && !answer.reply().map(p -> p.text().contains("No meetings yet")).orElse(false);
    }

    /** Types a line as the secretary and, as a person would, waits for the answer before the next. */
    private Answer type(String line) {
        int before = timeline.conversation(channel.id(), secretary.id()).size();
        MessageBox.Sent sent = messageBox.send(secretary, channel, line);
        if (sent.status() != 200 || sent.reply().contains(":warning:") || sent.reply().contains(":x:")) {
            return new Answer(Optional.of(sent.reply()), Optional.empty());
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Timeline.Post> reply = timeline.conversation(channel.id(), secretary.id()).stream().skip(before)
                    .filter(p -> p.author().equals(Workspace.BOT_USER_ID)).findFirst();
            if (reply.isPresent()) {
                return new Answer(Optional.empty(), reply);
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
        return new Answer(Optional.empty(), Optional.empty());
    }

    private static List<String> script() {
        try (InputStream in = Demo.class.getResourceAsStream(SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
