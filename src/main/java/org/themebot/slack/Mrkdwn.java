package org.themebot.slack;

import java.util.List;
import java.util.stream.Collectors;
import org.themebot.people.Who;

/** Text for Slack's mrkdwn: our plain text escaped again, and mentions Slack renders as names. */
final class Mrkdwn {

    private Mrkdwn() {
    }

    /** Slack's three control characters; everything else is shown as typed. */
    static String escape(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String mention(String userId) {
        return "<@" + userId + ">";
    }

    static String mentions(List<String> userIds) {
        return userIds.isEmpty() ? "nobody" : userIds.stream().map(Mrkdwn::mention).collect(Collectors.joining(", "));
    }

    /**
     * Owners with Slack users as mentions, which Slack shows as their names: for messages built
     * where no users.info call may be made (inside a transaction, in a scheduled job).
     */
    static String owners(List<Who> owners) {
        return owners.isEmpty() ? "no owner yet" : owners.stream()
                .map(o -> o instanceof Who.SlackUser user ? mention(user.userId()) : escape(o.value()))
                .collect(Collectors.joining(" / "));
    }

    /** `code`, for the correct form of a command. */
    static String code(String text) {
        return "`" + escape(text) + "`";
    }
}
