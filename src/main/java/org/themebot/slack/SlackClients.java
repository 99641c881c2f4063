package org.themebot.slack;

import com.slack.api.methods.MethodsClient;

/**
 * The Web API client for a workspace, carrying that workspace's bot token: every call themebot
 * makes — replies, outbox sends, names, uploads, Home tabs — goes through the client of the
 * workspace it is for, also when the scheduler makes it later.
 */
@FunctionalInterface
public interface SlackClients {

    MethodsClient of(String workspaceId);

    /** One workspace, one bot token (SLACK_BOT_TOKEN, or the sandbox's). */
    static SlackClients single(MethodsClient client) {
        return workspaceId -> client;
    }
}
