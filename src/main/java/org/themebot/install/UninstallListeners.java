package org.themebot.install;

import com.slack.api.app_backend.events.payload.Authorization;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.slack.Reply;
import org.themebot.slack.UnitOfWork;

/**
 * {@code app_uninstalled}, and {@code tokens_revoked} for the bot's token: all sending to the
 * workspace stops at once (see {@link Installations#uninstall}). Each event is acknowledged and
 * handled once: a retry with the same event id changes nothing.
 */
public final class UninstallListeners {

    private static final Logger log = LoggerFactory.getLogger(UninstallListeners.class);

    private final Installations installations;
    private final WorkspaceClients clients;
    private final UnitOfWork work;

    public UninstallListeners(Installations installations, WorkspaceClients clients, UnitOfWork work) {
        this.installations = installations;
        this.clients = clients;
        this.work = work;
    }

    public void register(App app) {
        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            stop(payload, "app_uninstalled");
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            TokensRevokedEvent.Tokens tokens = payload.getEvent() == null ? null : payload.getEvent().getTokens();
            if (tokens != null && tokens.getBot() != null && !tokens.getBot().isEmpty()) {
                stop(payload, "tokens_revoked");
            } // a revoked user token changes nothing: themebot keeps none
            return ctx.ack();
        });
    }

    /**
     * One workspace's token (SLACK_BOT_TOKEN): the events are acknowledged, so Slack does not retry
     * them, and logged; the token no longer works, and the operator is told so.
     */
    public static void acknowledgeOnly(App app) {
        app.event(AppUninstalledEvent.class, (payload, ctx) -> {
            log.warn("themebot was uninstalled from workspace {}: SLACK_BOT_TOKEN no longer works", payload.getTeamId());
            return ctx.ack();
        });
        app.event(TokensRevokedEvent.class, (payload, ctx) -> {
            log.warn("a token of workspace {} was revoked: if it is SLACK_BOT_TOKEN, set a new one", payload.getTeamId());
            return ctx.ack();
        });
    }

    private void stop(EventsApiPayload<?> payload, String why) {
        if (payload.getEventId() == null) {
            return;
        }
        String key = installKey(payload);
        work.change("event:" + payload.getEventId(), () -> {
            if (key != null && installations.uninstall(key)) {
                log.info("{}: stopped sending to {}", why, key);
            }
            return Reply.NOTHING;
        });
        if (key != null) {
            clients.forget(key);
        }
    }

    /** An org-wide install is keyed by its enterprise, any other by its workspace. */
    private static String installKey(EventsApiPayload<?> payload) {
        List<Authorization> authorizations = payload.getAuthorizations();
        boolean org = authorizations != null && !authorizations.isEmpty()
                && Boolean.TRUE.equals(authorizations.get(0).getIsEnterpriseInstall());
        String enterpriseId = payload.getEnterpriseId() != null ? payload.getEnterpriseId()
                : org ? authorizations.get(0).getEnterpriseId() : null;
        return Installations.keyOf(org, enterpriseId, payload.getTeamId());
    }
}
