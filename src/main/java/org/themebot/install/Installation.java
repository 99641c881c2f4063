package org.themebot.install;

import java.time.Instant;
import java.util.Optional;

/**
 * themebot installed in a workspace, or org-wide in an Enterprise Grid organisation ({@code key} is
 * then the enterprise id), with its tokens as plain text: in memory only, encrypted in the
 * database, and never in {@link #toString()}.
 */
public record Installation(String key, String teamId, String enterpriseId, boolean enterpriseInstall, String appId,
                           String botUserId, String scope, String botToken, Optional<String> refreshToken,
                           Optional<Instant> tokenExpiresAt, String installedBy, Instant installedAt) {

    /** What an install is keyed by: the organisation for an org-wide install, else the workspace. */
    static String keyOf(boolean enterpriseInstall, String enterpriseId, String teamId) {
        return enterpriseInstall ? enterpriseId : teamId;
    }

    Installation withTokens(String newBotToken, Optional<String> newRefreshToken, Optional<Instant> expiresAt) {
        return new Installation(key, teamId, enterpriseId, enterpriseInstall, appId, botUserId, scope, newBotToken,
                newRefreshToken, expiresAt, installedBy, installedAt);
    }

    @Override
    public String toString() {
        return "Installation[" + key + (enterpriseInstall ? " (org-wide)" : "") + ", installed " + installedAt + " by "
                + installedBy + ", tokens ***]";
    }
}
