package org.themebot.install;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.themebot.slack.Workspaces;
import org.themebot.store.Database;
import org.themebot.store.OutboxStore;

/**
 * The workspaces themebot is installed in (multi-workspace mode), with their tokens encrypted at
 * rest. It says which workspaces are served (installed, not uninstalled), finds the install a
 * request or a queued message is for — an org-wide Enterprise Grid install by its organisation —
 * and stops everything for a workspace at once when it is uninstalled.
 */
public final class Installations implements Workspaces {

    private static final Logger log = LoggerFactory.getLogger(Installations.class);
    /** What a cancelled outbox row says. */
    static final String UNINSTALLED = "uninstalled";

    private final Database database;
    private final TokenCipher cipher;
    private final Clock clock;
    /** Teams of org-wide installs already written down, so each is written once per process. */
    private final Set<String> rememberedTeams = ConcurrentHashMap.newKeySet();

    public Installations(Database database, byte[] encryptionKey, Clock clock) {
        this.database = database;
        this.cipher = new TokenCipher(encryptionKey);
        this.clock = clock;
    }

    /** Saves a first install or a reinstall (which keeps the workspace's data); sending to it resumes. */
    public void save(Installation installation) {
        database.jdbi().useTransaction(handle -> {
            InstallationStore store = handle.attach(InstallationStore.class);
            store.save(row(installation));
            for (String workspace : workspacesOf(handle, installation.key())) {
                store.resumeSending(workspace);
            }
        });
        log.info("installed in {}{}", installation.key(), installation.enterpriseInstall() ? " (org-wide)" : "");
    }

    /** The live install a request names: an org-wide one by its enterprise id, else the workspace's own. */
    public Optional<Installation> find(String enterpriseId, String teamId) {
        return database.reading(() -> database.jdbi().withHandle(handle -> {
            InstallationStore store = handle.attach(InstallationStore.class);
            Optional<InstallationStore.Row> row = Optional.ofNullable(teamId).flatMap(store::find)
                    .filter(r -> r.uninstalledAt() == null);
            if (row.isEmpty() && enterpriseId != null) {
                row = store.find(enterpriseId).filter(r -> r.uninstalledAt() == null && r.isEnterpriseInstall());
            }
            return row.map(this::installation);
        }));
    }

    /** The live install whose token serves a workspace: its own, or the org-wide one it was seen under. */
    public Optional<Installation> forWorkspace(String workspaceId) {
        return database.reading(() -> database.jdbi().withHandle(handle -> {
            InstallationStore store = handle.attach(InstallationStore.class);
            Optional<InstallationStore.Row> row = store.find(workspaceId).filter(r -> r.uninstalledAt() == null);
            if (row.isEmpty()) {
                row = store.keyOfTeam(workspaceId).flatMap(store::find).filter(r -> r.uninstalledAt() == null);
            }
            return row.map(this::installation);
        }));
    }

    /** Installed and not uninstalled; a team of an org-wide install is written down for later calls. */
    @Override
    public boolean serves(String teamId, String enterpriseId) {
        Optional<Installation> found = find(enterpriseId, teamId);
        found.filter(i -> i.enterpriseInstall() && teamId != null && rememberedTeams.add(teamId))
                .ifPresent(i -> database.jdbi().useHandle(h -> h.attach(InstallationStore.class)
                        .rememberTeam(teamId, i.key())));
        return found.isPresent();
    }

    /**
     * Stops all sending for an install at once (app_uninstalled, tokens_revoked): it serves no more
     * requests, its queued messages are cancelled, and no new ones are queued. Its data stays until
     * the retention period ends, or a reinstall. False when it was not installed (or already stopped).
     */
    public boolean uninstall(String installKey) {
        boolean stopped = database.jdbi().inTransaction(handle -> {
            InstallationStore store = handle.attach(InstallationStore.class);
            if (!store.markUninstalled(installKey, clock.instant())) {
                return false;
            }
            OutboxStore outbox = handle.attach(OutboxStore.class);
            for (String workspace : workspacesOf(handle, installKey)) {
                store.stopSending(workspace, clock.instant());
                int cancelled = outbox.failPending(workspace, UNINSTALLED);
                log.info("uninstalled from {}: {} queued messages cancelled", workspace, cancelled);
            }
            return true;
        });
        return stopped;
    }

    /** The workspaces (team ids) an install serves: itself, and any teams seen under an org-wide install. */
    static List<String> workspacesOf(Handle handle, String installKey) {
        List<String> workspaces = new ArrayList<>();
        workspaces.add(installKey);
        workspaces.addAll(handle.attach(InstallationStore.class).teamsOf(installKey));
        return workspaces;
    }

    /** The install's key for the ids Slack sends with an event (org-wide installs are keyed by enterprise). */
    public static String keyOf(boolean enterpriseInstall, String enterpriseId, String teamId) {
        return Installation.keyOf(enterpriseInstall, enterpriseId, teamId);
    }

    // ---- encryption, for this package's stores

    InstallationStore.Row row(Installation i) {
        return new InstallationStore.Row(i.key(), i.teamId(), i.enterpriseId(), i.enterpriseInstall(), i.appId(),
                i.botUserId(), i.scope(), encrypt(i.key(), "bot", i.botToken()),
                i.refreshToken().map(t -> encrypt(i.key(), "refresh", t)).orElse(null),
                i.tokenExpiresAt().orElse(null), i.installedBy(), i.installedAt(), null);
    }

    Installation installation(InstallationStore.Row r) {
        return new Installation(r.installKey(), r.teamId(), r.enterpriseId(), r.isEnterpriseInstall(), r.appId(),
                r.botUserId(), r.botScope(), cipher.decrypt(r.botToken(), context(r.installKey(), "bot")),
                Optional.ofNullable(r.refreshToken()).map(t -> cipher.decrypt(t, context(r.installKey(), "refresh"))),
                Optional.ofNullable(r.tokenExpiresAt()), r.installedBy(), r.installedAt());
    }

    String encrypt(String installKey, String which, String token) {
        return cipher.encrypt(token, context(installKey, which));
    }

    /** A token is bound to its install and column: copied elsewhere, it does not decrypt. */
    private static String context(String installKey, String which) {
        return "themebot installation " + installKey + " " + which + " token";
    }

    Database database() {
        return database;
    }

    Clock clock() {
        return clock;
    }
}
