package org.themebot.slack;

/** The fields of a slash command themebot uses, from an HTTP form or from Bolt (Socket Mode). */
public record SlashCommand(String teamId, String enterpriseId, String channelId, String channelName, String userId,
                           String command, String text, String triggerId, String responseUrl) {

    /** The fields without which a request is no slash command. */
    public boolean isComplete() {
        return present(teamId) && present(channelId) && present(userId) && present(command);
    }

    /** What identifies this request when Slack retries it: within its workspace, so no other can shadow it. */
    public String retryKey() {
        return "command:" + teamId + ":" + (present(triggerId) ? triggerId : responseUrl);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
