package org.themebot.install;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sweep step: the data of a workspace uninstalled longer ago than THEMEBOT_RETENTION_DAYS is
 * deleted, children before parents, and then its install is forgotten (tokens included). A
 * reinstall before then keeps everything.
 */
final class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final Installations installations;
    private final Duration keepFor;
    private WorkspaceData data; // read from the schema when first needed

    Retention(Installations installations, Duration keepFor) {
        this.installations = installations;
        this.keepFor = keepFor;
    }

    void sweep() {
        var database = installations.database();
        var before = installations.clock().instant().minus(keepFor);
        for (String key : database.jdbi().withHandle(h -> h.attach(InstallationStore.class).uninstalledBefore(before))) {
            int rows = database.jdbi().inTransaction(handle -> {
                InstallationStore store = handle.attach(InstallationStore.class);
                if (data == null) {
                    data = WorkspaceData.of(handle);
                }
                int deleted = 0;
                for (String workspace : Installations.workspacesOf(handle, key)) {
                    deleted += data.delete(handle, workspace);
                    store.resumeSending(workspace); // nothing is left to send, nor to stop
                }
                store.forgetTeams(key);
                store.forget(key);
                return deleted;
            });
            log.info("{} was uninstalled more than {} days ago: its {} records are deleted", key, keepFor.toDays(),
                    rows);
        }
    }
}
