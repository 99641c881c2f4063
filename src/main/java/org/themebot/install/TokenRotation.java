package org.themebot.install;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.config.ThemebotConfig;

/**
 * A sweep step, for apps with token rotation on: a bot token that expires within {@link #AHEAD} is
 * refreshed ({@code oauth.v2.access} with {@code grant_type=refresh_token}). Each refresh is claimed
 * in the database first, so two instances never both spend the same refresh token; a refresh that
 * fails is tried again once the claim lapses.
 */
final class TokenRotation {

    private static final Logger log = LoggerFactory.getLogger(TokenRotation.class);
    /** Well before expiry, so every instance's cached client has the new token in time. */
    static final Duration AHEAD = Duration.ofHours(1);
    static final Duration CLAIM = Duration.ofMinutes(5);

    private final Installations installations;
    private final WorkspaceClients clients;
    private final MethodsClient slack;
    private final ThemebotConfig.Installs app;
    private final String instanceId;

    /** {@code slack}: a client without a token (oauth.v2.access authenticates with the app's client id and secret). */
    TokenRotation(Installations installations, WorkspaceClients clients, MethodsClient slack,
                         ThemebotConfig.Installs app, String instanceId) {
        this.installations = installations;
        this.clients = clients;
        this.slack = slack;
        this.app = app;
        this.instanceId = instanceId;
    }

    void sweep() {
        Instant now = installations.clock().instant();
        var jdbi = installations.database().jdbi();
        for (String key : jdbi.withHandle(h -> h.attach(InstallationStore.class).dueForRefresh(now.plus(AHEAD), now))) {
            boolean mine = jdbi.withHandle(h -> h.attach(InstallationStore.class)
                    .claimRefresh(key, instanceId, now.plus(CLAIM), now));
            if (mine) {
                refresh(key);
            }
        }
    }

    private void refresh(String key) {
        var jdbi = installations.database().jdbi();
        Optional<Installation> install = jdbi.withHandle(h -> h.attach(InstallationStore.class).find(key))
                .map(installations::installation);
        if (install.isEmpty() || install.get().refreshToken().isEmpty()) {
            return;
        }
        try {
            OAuthV2AccessResponse answer = slack.oauthV2Access(r -> r.clientId(app.clientId())
                    .clientSecret(app.clientSecret()).grantType("refresh_token")
                    .refreshToken(install.get().refreshToken().get()));
            if (!answer.isOk() || answer.getAccessToken() == null || answer.getExpiresIn() == null) {
                log.warn("refreshing the token of {} failed: {}; trying again in {} min", key, answer.getError(),
                        CLAIM.toMinutes());
                return;
            }
            Instant expires = installations.clock().instant().plusSeconds(answer.getExpiresIn());
            String refreshToken = answer.getRefreshToken() != null ? answer.getRefreshToken()
                    : install.get().refreshToken().get();
            jdbi.useHandle(h -> h.attach(InstallationStore.class).refreshed(key, instanceId,
                    installations.encrypt(key, "bot", answer.getAccessToken()),
                    installations.encrypt(key, "refresh", refreshToken), expires));
            jdbi.withHandle(h -> Installations.workspacesOf(h, key)).forEach(clients::forget);
            log.info("refreshed the bot token of {} (expires {})", key, expires);
        } catch (IOException | SlackApiException e) {
            log.warn("refreshing the token of {} failed: {}; trying again in {} min", key, e.getMessage(),
                    CLAIM.toMinutes());
        }
    }
}
