package org.themebot.install;

import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.service.InstallationService;
import java.time.Instant;
import java.util.Optional;

/**
 * Bolt's view of the installations: its OAuth flow saves an install here, and its authorization
 * finds the bot token of each button, form or event. Bolt is given no refresh token, so it never
 * rotates one itself: {@link TokenRotation} does, claimed, so two instances never both refresh.
 * No user tokens are asked for or kept.
 */
final class BoltInstallations implements InstallationService {

    private final Installations installations;

    BoltInstallations(Installations installations) {
        this.installations = installations;
    }

    @Override
    public boolean isHistoricalDataEnabled() {
        return false;
    }

    @Override
    public void setHistoricalDataEnabled(boolean isHistoricalDataEnabled) {
        // one row per install: a reinstall replaces its tokens
    }

    @Override
    public void saveInstallerAndBot(Installer i) {
        boolean org = Boolean.TRUE.equals(i.getIsEnterpriseInstall());
        installations.save(new Installation(Installation.keyOf(org, i.getEnterpriseId(), i.getTeamId()), i.getTeamId(),
                i.getEnterpriseId(), org, i.getAppId(), i.getBotUserId(), i.getBotScope(), i.getBotAccessToken(),
                Optional.ofNullable(i.getBotRefreshToken()),
                Optional.ofNullable(i.getBotTokenExpiresAt()).map(Instant::ofEpochMilli), i.getInstallerUserId(),
                Instant.ofEpochMilli(i.getInstalledAt())));
    }

    @Override
    public void saveBot(Bot bot) {
        throw new UnsupportedOperationException("tokens are refreshed by themebot's sweep, not by Bolt");
    }

    /** Bolt deletes a bot whose token Slack calls inactive: the workspace is as good as uninstalled. */
    @Override
    public void deleteBot(Bot bot) {
        installations.uninstall(Installation.keyOf(Boolean.TRUE.equals(bot.getIsEnterpriseInstall()),
                bot.getEnterpriseId(), bot.getTeamId()));
    }

    @Override
    public void deleteInstaller(Installer installer) {
        // no user tokens are kept
    }

    @Override
    public void deleteAll(String enterpriseId, String teamId) {
        installations.find(enterpriseId, teamId).ifPresent(i -> installations.uninstall(i.key()));
    }

    @Override
    public Bot findBot(String enterpriseId, String teamId) {
        return installations.find(enterpriseId, teamId).map(BoltInstallations::bot).orElse(null);
    }

    @Override
    public Installer findInstaller(String enterpriseId, String teamId, String userId) {
        return null; // no user tokens
    }

    @Override
    public String getInstallationGuideText(String enterpriseId, String teamId, String userId) {
        return "themebot is not installed in this workspace (or was uninstalled). Ask a workspace admin to add it "
                + "again with Add to Slack.";
    }

    private static Bot bot(Installation i) {
        DefaultBot bot = new DefaultBot();
        bot.setAppId(i.appId());
        bot.setTeamId(i.teamId());
        bot.setEnterpriseId(i.enterpriseId());
        bot.setIsEnterpriseInstall(i.enterpriseInstall());
        bot.setBotUserId(i.botUserId());
        bot.setBotScope(i.scope());
        bot.setBotAccessToken(i.botToken());
        bot.setTokenType("bot");
        bot.setInstalledAt(i.installedAt().toEpochMilli());
        return bot;
    }
}
