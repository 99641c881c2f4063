package org.themebot.slack;

import org.themebot.people.Names;

/**
 * One kind of message the bot sends: the domain data it is made from, and how that data reads in
 * Block Kit. The data is what a change committed; the message is rendered from it when it is sent,
 * with the names of the people it mentions fetched then, so no ack waits on {@code users.info}.
 *
 * @param name  stored with each queued message, so keep it stable
 * @param type  the data's class; it must round-trip through JSON ({@link MessageData})
 */
public record MessageKind<T>(String name, Class<T> type, Renderer<T> renderer) implements Kind {

    /** Pure: the same data and names give the same message. */
    @FunctionalInterface
    public interface Renderer<T> {
        SlackMessage render(T data, Names names);
    }

    public static <T> MessageKind<T> of(String name, Class<T> type, Renderer<T> renderer) {
        return new MessageKind<>(name, type, renderer);
    }

    /** A post of this kind to a channel (or to a user's DM, given a user id). */
    public Intent post(String workspaceId, String channel, T data) {
        return new Intent(workspaceId, new Intent.Post(channel), this, data);
    }

    /** A replacement of a message the bot sent earlier (chat.update). */
    public Intent update(String workspaceId, String channel, String ts, T data) {
        return new Intent(workspaceId, new Intent.Update(channel, ts), this, data);
    }

    SlackMessage render(Object data, Names names) {
        return renderer.render(type.cast(data), names);
    }
}
