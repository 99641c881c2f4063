package org.themebot.install;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.themebot.slack.SlackClients;

/**
 * Each workspace's Web API client, with the bot token of its install (an org-wide install's for a
 * team of the organisation). Clients are kept for a minute, so a token refreshed by another
 * instance is picked up well before the old one expires (refreshes happen an hour ahead). A
 * workspace with no live install gets a client with no token, which Slack refuses.
 */
public final class WorkspaceClients implements SlackClients {

    private static final long FRESH_FOR_NANOS = TimeUnit.MINUTES.toNanos(1);

    private record Cached(MethodsClient client, long loadedAt) {
    }

    private final Slack slack;
    private final Installations installations;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public WorkspaceClients(Slack slack, Installations installations) {
        this.slack = slack;
        this.installations = installations;
    }

    @Override
    public MethodsClient of(String workspaceId) {
        Cached cached = cache.get(workspaceId);
        long now = System.nanoTime(); // a cache's age, not a time of the domain
        if (cached != null && now - cached.loadedAt() < FRESH_FOR_NANOS) {
            return cached.client();
        }
        MethodsClient client = installations.forWorkspace(workspaceId)
                .map(install -> slack.methods(install.botToken()))
                .orElseGet(slack::methods);
        cache.put(workspaceId, new Cached(client, now));
        return client;
    }

    /** Drops a workspace's client, after its token changed here (a reinstall, a refresh, an uninstall). */
    public void forget(String workspaceId) {
        cache.remove(workspaceId);
    }
}
