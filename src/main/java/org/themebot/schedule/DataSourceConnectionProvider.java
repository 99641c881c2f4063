package org.themebot.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Gives Quartz its connections from the application's own {@link DataSource}, so the job store
 * uses the same database, with the same settings (on SQLite: WAL, busy timeout, IMMEDIATE
 * transactions), as everything else. Quartz 2.5 bundles no pool, and none is needed: it takes
 * a connection per store operation and closes it. The {@code Database} owns the DataSource, so
 * {@link #shutdown()} leaves it open.
 */
final class DataSourceConnectionProvider implements ConnectionProvider {

    private final DataSource dataSource;

    DataSourceConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void initialize() {
        // the DataSource is ready when the Database has been opened
    }

    @Override
    public void shutdown() {
        // not ours to close
    }
}
