package org.themebot.slack;

import java.util.List;
import java.util.stream.Collectors;
import org.themebot.people.Names;
import org.themebot.people.Who;

/** Text for Slack's mrkdwn: our plain text escaped again, and mentions Slack renders as names. */
public final class Mrkdwn {

    private Mrkdwn() {
    }

    /** Slack's three control characters; everything else is shown as typed. */
    public static String escape(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    public static String mention(String userId) {
        return "<@" + userId + ">";
    }

    public static String mentions(List<String> userIds) {
        return userIds.isEmpty() ? "nobody" : userIds.stream().map(Mrkdwn::mention).collect(Collectors.joining(", "));
    }

    /**
     * Owners with Slack users as mentions, which Slack shows as their names: for messages built
     * where no users.info call may be made (inside a transaction, in a scheduled job).
     */
    public static String owners(List<Who> owners) {
        return owners.isEmpty() ? "no owner yet" : owners.stream()
                .map(o -> o instanceof Who.SlackUser user ? mention(user.userId()) : escape(o.value()))
                .collect(Collectors.joining(" / "));
    }

    /** A Slack user by real name when it is known; otherwise a mention, which Slack shows as the name. */
    public static String user(String userId, Names names) {
        return names.known(userId).map(Mrkdwn::escape).orElse(mention(userId));
    }

    /** One person: a Slack user by name (or as a mention), anyone else as typed. */
    public static String person(Who who, Names names) {
        return who instanceof Who.SlackUser slackUser ? user(slackUser.userId(), names) : escape(who.value());
    }

    /** Owners, attendees: "Balbir Sohal / Cllr Kevin Foster", or {@code none} when there are none. */
    public static String people(List<? extends Who> people, Names names, String separator, String none) {
        return people.isEmpty() ? none
                : people.stream().map(who -> person(who, names)).collect(Collectors.joining(separator));
    }

    /** `code`, for the correct form of a command. */
    public static String code(String text) {
        return "`" + escape(text) + "`";
    }
}
