package org.themebot.commands;

import java.time.Instant;

/** Who typed a command, where, and when: all the domain needs to know of a Slack request. */
public record Invocation(String workspaceId, String channelId, String channelName, String userId, Instant at) {
}
