package org.themebot.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.auth.AuthTestResponse;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one workspace a bot token serves (HTTP and Socket Mode): learnt from {@code auth.test} the
 * first time it is needed. A request from another workspace is refused; until Slack has answered
 * once (it is down at start-up, say) requests are let through rather than turned away.
 */
public final class InstalledWorkspace implements Workspaces {

    private static final Logger log = LoggerFactory.getLogger(InstalledWorkspace.class);

    /** While Slack cannot say, ask again at most this often, so no ack waits on it each time. */
    private static final long RETRY_MILLIS = 60_000;

    private final MethodsClient slack;
    private volatile String teamId;
    private volatile long lastAsked;

    public InstalledWorkspace(MethodsClient slack) {
        this.slack = slack;
    }

    @Override
    public boolean serves(String requestTeamId, String enterpriseId) {
        String known = teamId();
        return known == null || Objects.equals(known, requestTeamId);
    }

    /** Asks Slack now (at start-up, off the request path), so requests rarely have to. */
    public void learn() {
        teamId();
    }

    private String teamId() {
        long now = System.currentTimeMillis();
        if (teamId == null && now - lastAsked > RETRY_MILLIS) {
            lastAsked = now;
            try {
                AuthTestResponse auth = slack.authTest(r -> r);
                if (auth.isOk()) {
                    teamId = auth.getTeamId();
                } else {
                    log.warn("auth.test answered {}: cannot tell which workspace the token is for yet", auth.getError());
                }
            } catch (Exception e) {
                log.warn("auth.test failed ({}): cannot tell which workspace the token is for yet", e.toString());
            }
        }
        return teamId;
    }
}
