package org.themebot.slack;

import java.util.Optional;

/**
 * A message a change causes — to Slack, or by mail — written to the outbox in the change's own
 * transaction and rendered and sent by the {@link Outbox} afterwards: so an acknowledged change is
 * always announced, and never twice.
 *
 * @param dedupeKey  a message with a key is queued once, whoever queues it again
 * @param groupId    the theme group it is about: its secretaries hear if it can never be delivered
 * @param subject    what it is about ("action:12"), so a later button may update only that message
 */
public record Intent(String workspaceId, Target target, Kind kind, Object data,
                     Optional<String> dedupeKey, Optional<Long> groupId, Optional<String> subject) {

    /** Where the message goes. */
    public sealed interface Target {
        /** Messages to one conversation are sent in the order they were queued. */
        String conversation();
    }

    /** chat.postMessage to a channel, or to a user's DM given the user id. */
    public record Post(String channel) implements Target {
        public String conversation() {
            return channel;
        }
    }

    /** chat.update of a message the bot sent. */
    public record Update(String channel, String ts) implements Target {
        public String conversation() {
            return channel;
        }
    }

    /** A mail to an address (one of a group's contacts outside Slack), sent through the mail sender. */
    public record Mail(String address) implements Target {
        public String conversation() {
            return "mail:" + address;
        }
    }

    /** views.publish of a member's Home tab, made when it is sent, with a line saying what just happened. */
    public record Home(String userId) implements Target {
        public String conversation() {
            return "home:" + userId;
        }
    }

    /** What a Home publish carries: whose, and the notice at its top (mrkdwn), if any. */
    public record HomeUpdate(String userId, Optional<String> notice) {
    }

    /** The member's Home tab, published again (after a button there, or when they open it). */
    public static Intent home(String workspaceId, String userId, Optional<String> notice) {
        return new Intent(workspaceId, new Home(userId), Outbox.HOME, new HomeUpdate(userId, notice));
    }

    Intent(String workspaceId, Target target, Kind kind, Object data) {
        this(workspaceId, target, kind, data, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Intent once(String key) {
        return new Intent(workspaceId, target, kind, data, Optional.of(key), groupId, subject);
    }

    public Intent forGroup(long id) {
        return new Intent(workspaceId, target, kind, data, dedupeKey, Optional.of(id), subject);
    }

    public Intent about(String what) {
        return new Intent(workspaceId, target, kind, data, dedupeKey, groupId, Optional.of(what));
    }
}
