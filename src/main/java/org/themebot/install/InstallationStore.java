package org.themebot.install;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The installation, installation_team, sending_stopped and oauth_state tables; tokens arrive here encrypted. */
interface InstallationStore {

    record Row(String installKey, String teamId, String enterpriseId, boolean isEnterpriseInstall, String appId,
               String botUserId, String botScope, String botToken, String refreshToken, Instant tokenExpiresAt,
               String installedBy, Instant installedAt, Instant uninstalledAt) {
    }

    /** A first install, or a reinstall: the new tokens replace the old, and the install is live again. */
    @SqlUpdate("""
            INSERT INTO installation (install_key, team_id, enterprise_id, is_enterprise_install, app_id, bot_user_id,
                                      bot_scope, bot_token, refresh_token, token_expires_at, installed_by, installed_at)
            VALUES (:installKey, :teamId, :enterpriseId, :isEnterpriseInstall, :appId, :botUserId, :botScope, :botToken,
                    :refreshToken, :tokenExpiresAt, :installedBy, :installedAt)
            ON CONFLICT (install_key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
                is_enterprise_install = excluded.is_enterprise_install, app_id = excluded.app_id,
                bot_user_id = excluded.bot_user_id, bot_scope = excluded.bot_scope, bot_token = excluded.bot_token,
                refresh_token = excluded.refresh_token, token_expires_at = excluded.token_expires_at,
                installed_by = excluded.installed_by, installed_at = excluded.installed_at, uninstalled_at = NULL,
                refresh_owner = NULL, refresh_until = NULL
            """)
    void save(@BindMethods Row row);

    @SqlQuery("""
            SELECT install_key, team_id, enterprise_id, is_enterprise_install, app_id, bot_user_id, bot_scope, bot_token,
                   refresh_token, token_expires_at, installed_by, installed_at, uninstalled_at
            FROM installation WHERE install_key = :key
            """)
    @RegisterConstructorMapper(Row.class)
    Optional<Row> find(@Bind("key") String installKey);

    /** The org-wide install a team of an organisation was seen under. */
    @SqlQuery("SELECT install_key FROM installation_team WHERE team_id = :team")
    Optional<String> keyOfTeam(@Bind("team") String teamId);

    @SqlUpdate("""
            INSERT INTO installation_team (team_id, install_key) VALUES (:team, :key)
            ON CONFLICT (team_id) DO UPDATE SET install_key = excluded.install_key
            """)
    void rememberTeam(@Bind("team") String teamId, @Bind("key") String installKey);

    @SqlQuery("SELECT team_id FROM installation_team WHERE install_key = :key ORDER BY team_id")
    List<String> teamsOf(@Bind("key") String installKey);

    /** Marks a live install uninstalled; false when it was not live (a second event, say). */
    @SqlUpdate("UPDATE installation SET uninstalled_at = :at WHERE install_key = :key AND uninstalled_at IS NULL")
    boolean markUninstalled(@Bind("key") String installKey, @Bind("at") Instant at);

    @SqlUpdate("""
            INSERT INTO sending_stopped (workspace_id, stopped_at) VALUES (:workspace, :at)
            ON CONFLICT (workspace_id) DO NOTHING
            """)
    void stopSending(@Bind("workspace") String workspaceId, @Bind("at") Instant at);

    @SqlUpdate("DELETE FROM sending_stopped WHERE workspace_id = :workspace")
    void resumeSending(@Bind("workspace") String workspaceId);

    /** Installs uninstalled before a moment, whose data is due to go. */
    @SqlQuery("SELECT install_key FROM installation WHERE uninstalled_at < :before ORDER BY install_key")
    List<String> uninstalledBefore(@Bind("before") Instant before);

    @SqlUpdate("DELETE FROM installation_team WHERE install_key = :key")
    void forgetTeams(@Bind("key") String installKey);

    @SqlUpdate("DELETE FROM installation WHERE install_key = :key")
    void forget(@Bind("key") String installKey);

    // ---- token rotation

    /** Live installs with a refresh token whose access token expires before {@code before}, not being refreshed now. */
    @SqlQuery("""
            SELECT install_key FROM installation
            WHERE refresh_token IS NOT NULL AND uninstalled_at IS NULL AND token_expires_at < :before
              AND (refresh_until IS NULL OR refresh_until < :now)
            ORDER BY token_expires_at
            """)
    List<String> dueForRefresh(@Bind("before") Instant before, @Bind("now") Instant now);

    /** Takes the refresh of one install for this instance until {@code until}; false if another holds it. */
    @SqlUpdate("""
            UPDATE installation SET refresh_owner = :owner, refresh_until = :until
            WHERE install_key = :key AND uninstalled_at IS NULL AND (refresh_until IS NULL OR refresh_until < :now)
            """)
    boolean claimRefresh(@Bind("key") String installKey, @Bind("owner") String owner, @Bind("until") Instant until,
                         @Bind("now") Instant now);

    @SqlUpdate("""
            UPDATE installation SET bot_token = :botToken, refresh_token = :refreshToken, token_expires_at = :expiresAt,
                                    refresh_owner = NULL, refresh_until = NULL
            WHERE install_key = :key AND refresh_owner = :owner
            """)
    boolean refreshed(@Bind("key") String installKey, @Bind("owner") String owner, @Bind("botToken") String botToken,
                      @Bind("refreshToken") String refreshToken, @Bind("expiresAt") Instant expiresAt);

    // ---- OAuth states

    @SqlUpdate("INSERT INTO oauth_state (state, expires_at) VALUES (:state, :expires)")
    void addState(@Bind("state") String state, @Bind("expires") Instant expiresAt);

    /** Uses a state up: true only the first time, and only before it expires. */
    @SqlUpdate("DELETE FROM oauth_state WHERE state = :state AND expires_at > :now")
    boolean takeState(@Bind("state") String state, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM oauth_state WHERE state = :state")
    void dropState(@Bind("state") String state);

    @SqlUpdate("DELETE FROM oauth_state WHERE expires_at <= :now")
    void dropExpiredStates(@Bind("now") Instant now);
}
