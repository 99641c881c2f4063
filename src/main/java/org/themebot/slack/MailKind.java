package org.themebot.slack;

import org.themebot.mail.MailMessage;
import org.themebot.people.Names;

/**
 * One kind of mail the bot sends: the domain data it is made from, and how that data reads as a
 * mail. Like a {@link MessageKind}, it is rendered when it is sent, with the names it mentions
 * fetched then.
 */
public record MailKind<T>(String name, Class<T> type, Renderer<T> renderer) implements Kind {

    /** Pure: the same data and names give the same mail. */
    @FunctionalInterface
    public interface Renderer<T> {
        MailMessage render(T data, Names names);
    }

    public static <T> MailKind<T> of(String name, Class<T> type, Renderer<T> renderer) {
        return new MailKind<>(name, type, renderer);
    }

    /** A mail of this kind to an address. */
    public Intent to(String workspaceId, String address, T data) {
        return new Intent(workspaceId, new Intent.Mail(address), this, data);
    }

    MailMessage render(Object data, Names names) {
        return renderer.render(type.cast(data), names);
    }
}
