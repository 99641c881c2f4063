package org.themebot.slack;

/** Which Slack workspaces this themebot serves; a request from any other is refused. */
@FunctionalInterface
public interface Workspaces {

    boolean serves(String teamId, String enterpriseId);
}
