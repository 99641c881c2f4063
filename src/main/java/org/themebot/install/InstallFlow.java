package org.themebot.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.request.builtin.OAuthCallbackRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.oauth.OAuthV2AccessResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.config.ThemebotConfig;

/**
 * "Add to Slack" on Bolt's OAuth flow: {@code GET /slack/install} issues a single-use state (kept
 * in the database and in a cookie of the installer's browser) and shows the page linking to Slack's
 * authorize URL with the manifest's scopes; {@code GET /slack/oauth_redirect} checks the state,
 * exchanges the code with {@code oauth.v2.access} (under SLACK_API_URL) and saves the install
 * through {@link BoltInstallations}. Bolt's own handlers are replaced where they would use the
 * system clock or show Slack's error names as they are: a bad, reused or expired state, a denied
 * install or a failed exchange gets a plain page and saves nothing.
 */
public final class InstallFlow {

    private static final Logger log = LoggerFactory.getLogger(InstallFlow.class);
    public static final String INSTALL_PATH = "/slack/install";
    public static final String REDIRECT_PATH = "/slack/oauth_redirect";

    private final BoltInstallations installations;
    private final Clock clock;

    private InstallFlow(Installations installations, Clock clock) {
        this.installations = new BoltInstallations(installations);
        this.clock = clock;
    }

    /** The app's OAuth settings: its client, the manifest's bot scopes, the two pages' paths. */
    public static AppConfig.AppConfigBuilder configure(AppConfig.AppConfigBuilder config, ThemebotConfig.Installs installs,
                                                      Optional<URI> publicUrl) {
        return config.clientId(installs.clientId()).clientSecret(installs.clientSecret())
                .scope(String.join(",", manifestBotScopes()))
                // with one redirect URL in the manifest Slack needs none here; behind a public URL, say which
                .redirectUri(publicUrl.map(u -> u + REDIRECT_PATH).orElse(null))
                .oauthInstallPath(INSTALL_PATH).oauthRedirectUriPath(REDIRECT_PATH)
                .oAuthInstallPageRenderer(InstallPages::addToSlack)
                .stateValidationEnabled(true)
                // Bolt checks each button's and event's token with auth.test: once per token per 10 minutes
                .authTestCacheEnabled(true);
    }

    /** Puts the flow and the installations on the app (before its first request). */
    public static void register(App app, Installations installations, Jdbi jdbi, Clock clock) {
        InstallFlow flow = new InstallFlow(installations, clock);
        app.service(flow.installations); // Bolt sets its own success handler here: ours replaces it below
        app.service(new OAuthStates(jdbi, clock));
        app.oauthCallback(flow::installed);
        app.oauthCallbackStateError((request, response) -> InstallPages.respond(response, 400, InstallPages.notAdded(
                "This install link has expired or was already used (each works once, for 10 minutes, in the "
                        + "browser that opened it).")));
        app.oauthCallbackError((request, response) -> InstallPages.respond(response, 200, InstallPages.notAdded(
                "access_denied".equals(request.getPayload().getError())
                        ? "You chose not to allow themebot in Slack, so it was not added."
                        : "Slack did not finish the install (it said: " + request.getPayload().getError() + ").")));
        app.oauthCallbackAccessError((OAuthCallbackRequest request, Response response, OAuthV2AccessResponse o) -> {
            log.warn("oauth.v2.access refused the install: {}", o.getError());
            return InstallPages.respond(response, 502, InstallPages.notAdded(
                    "Slack would not complete the install (it said: " + o.getError() + "). Please try again."));
        });
        app.oauthCallbackException((request, response, e) -> {
            log.error("an install failed", e);
            return InstallPages.respond(response, 500, InstallPages.notAdded(
                    "Something went wrong on themebot's side while adding it. Please try again in a moment."));
        });
        app.asOAuthApp(true);
    }

    /** Slack gave the tokens: save the install, and say what to do next in Slack. */
    private Response installed(OAuthCallbackRequest request, Response response, OAuthV2AccessResponse o) {
        boolean org = o.isEnterpriseInstall();
        String teamId = o.getTeam() == null ? null : o.getTeam().getId();
        String enterpriseId = o.getEnterprise() == null ? null : o.getEnterprise().getId();
        if (o.getAccessToken() == null || !"bot".equals(o.getTokenType()) || (org ? enterpriseId : teamId) == null) {
            log.warn("oauth.v2.access answered ok without a bot token for a workspace (token type {})",
                    o.getTokenType());
            return InstallPages.respond(response, 502, InstallPages.notAdded(
                    "Slack's answer held no bot token for a workspace. Please try again."));
        }
        Instant now = clock.instant();
        installations.saveInstallerAndBot(DefaultInstaller.builder()
                .appId(o.getAppId()).botUserId(o.getBotUserId()).botAccessToken(o.getAccessToken())
                .botRefreshToken(o.getRefreshToken())
                .botTokenExpiresAt(o.getExpiresIn() == null ? null : now.plusSeconds(o.getExpiresIn()).toEpochMilli())
                .isEnterpriseInstall(org).tokenType(o.getTokenType()).teamId(teamId).enterpriseId(enterpriseId)
                .teamName(o.getTeam() == null ? null : o.getTeam().getName())
                .enterpriseName(o.getEnterprise() == null ? null : o.getEnterprise().getName())
                .scope(o.getScope()).botScope(o.getScope())
                .installerUserId(o.getAuthedUser() == null ? null : o.getAuthedUser().getId())
                .installedAt(now.toEpochMilli())
                .build());
        String name = org ? (o.getEnterprise().getName() != null ? o.getEnterprise().getName() : enterpriseId)
                : (o.getTeam().getName() != null ? o.getTeam().getName() : teamId);
        return InstallPages.respond(response, 200, InstallPages.installed(name, o.getAppId(), teamId));
    }

    /** The bot scopes config/slack-manifest.yml asks for (the manifest ships in the jar). */
    static List<String> manifestBotScopes() {
        try (InputStream in = InstallFlow.class.getResourceAsStream("/slack-manifest.yml")) {
            if (in == null) {
                throw new IllegalStateException("slack-manifest.yml is missing from the classpath");
            }
            JsonNode bot = new ObjectMapper(new YAMLFactory()).readTree(in).path("oauth_config").path("scopes")
                    .path("bot");
            List<String> scopes = new ArrayList<>();
            bot.forEach(scope -> scopes.add(scope.asText()));
            if (scopes.isEmpty()) {
                throw new IllegalStateException("slack-manifest.yml names no bot scopes");
            }
            return List.copyOf(scopes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
