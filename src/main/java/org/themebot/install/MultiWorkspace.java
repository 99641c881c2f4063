package org.themebot.install;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import java.time.Clock;
import org.themebot.config.ThemebotConfig;
import org.themebot.slack.SlackClients;
import org.themebot.slack.UnitOfWork;
import org.themebot.slack.Workspaces;
import org.themebot.store.Database;

/**
 * Multi-workspace mode, assembled: the installations (which workspaces are served, with whose
 * token), "Add to Slack" and the uninstall events on the Bolt app, and the sweep's steps that
 * refresh expiring tokens and delete the data of workspaces uninstalled past the retention period.
 */
public final class MultiWorkspace {

    private final Database database;
    private final Clock clock;
    private final Installations installations;
    private final WorkspaceClients clients;
    private final TokenRotation rotation;
    private final Retention retention;

    public MultiWorkspace(ThemebotConfig.Installs settings, Database database, Slack slack, Clock clock,
                          String instanceId) {
        this.database = database;
        this.clock = clock;
        this.installations = new Installations(database, settings.encryptionKey(), clock);
        this.clients = new WorkspaceClients(slack, installations);
        this.rotation = new TokenRotation(installations, clients, slack.methods(), settings, instanceId);
        this.retention = new Retention(installations, settings.retention());
    }

    /** Each workspace's client, with its own token. */
    public SlackClients clients() {
        return clients;
    }

    /** Installed and not uninstalled. */
    public Workspaces workspaces() {
        return installations;
    }

    /** The OAuth flow and the uninstall events, on the app before its first request. */
    public void register(App app, UnitOfWork work) {
        InstallFlow.register(app, installations, database.jdbi(), clock);
        new UninstallListeners(installations, clients, work).register(app);
    }

    /** The sweep's steps of this mode. */
    public void sweep() {
        rotation.sweep();
        retention.sweep();
    }
}
