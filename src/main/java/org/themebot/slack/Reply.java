package org.themebot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a command, button or form answers: a message for the person who asked (in the ack,
 * visible only to them), the messages the change causes (queued in its transaction), and work
 * that must wait until Slack has its ack (opening a modal, uploading a file).
 */
public record Reply(Optional<SlackMessage> toTyper, List<Intent> intents, Optional<AfterAck> afterAck) {

    /** Work after the ack, with what the request left for it (its trigger id, its response_url). */
    @FunctionalInterface
    public interface AfterAck {
        void run(AfterAckContext context) throws Exception;
    }

    public Reply {
        intents = List.copyOf(intents);
    }

    public static final Reply NOTHING = new Reply(Optional.empty(), List.of(), Optional.empty());

    public static Reply toTyper(SlackMessage message) {
        return new Reply(Optional.of(message), List.of(), Optional.empty());
    }

    /** A change the channel (or someone's DM) is told of; the typer sees it there. */
    public static Reply announce(Intent intent) {
        return NOTHING.and(intent);
    }

    public static Reply afterAck(AfterAck work) {
        return new Reply(Optional.empty(), List.of(), Optional.of(work));
    }

    public Reply and(Intent intent) {
        List<Intent> all = new ArrayList<>(intents);
        all.add(intent);
        return new Reply(toTyper, all, afterAck);
    }

    public Reply and(List<Intent> more) {
        List<Intent> all = new ArrayList<>(intents);
        all.addAll(more);
        return new Reply(toTyper, all, afterAck);
    }

    public Reply withTyper(SlackMessage message) {
        return new Reply(Optional.of(message), intents, afterAck);
    }
}
