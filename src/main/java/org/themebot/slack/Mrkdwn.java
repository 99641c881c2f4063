package org.themebot.slack;

import java.util.List;
import java.util.stream.Collectors;

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

    /** `code`, for the correct form of a command. */
    static String code(String text) {
        return "`" + escape(text) + "`";
    }
}
