package org.themebot.schedule;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;

/**
 * Quartz's SQL for SQLite. {@link StdJDBCDelegate} reads binary columns (job data, calendars)
 * through {@code ResultSet.getBlob}, which sqlite-jdbc does not implement; this reads them with
 * {@code getBytes}, exactly as Quartz's {@code PostgreSQLDelegate} does for BYTEA. Writing needs
 * nothing special ({@code setBytes} works), and the rest of StdJDBCDelegate's SQL is plain
 * enough for SQLite.
 *
 * <p>{@code PostgreSQLDelegate} overrides only these two methods and would work on SQLite too;
 * a class of our own keeps the SQLite store independent of whatever Quartz later adds to the
 * PostgreSQL one, and says in the configuration which database it is for. Public because
 * Quartz instantiates it by name.
 */
public class SqliteDelegate extends StdJDBCDelegate {

    @Override
    protected Object getObjectFromBlob(ResultSet rs, String colName)
            throws ClassNotFoundException, IOException, SQLException {
        byte[] bytes = rs.getBytes(colName);
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @Override
    protected Object getJobDataFromBlob(ResultSet rs, String colName)
            throws ClassNotFoundException, IOException, SQLException {
        if (!canUseProperties()) {
            return getObjectFromBlob(rs, colName);
        }
        // With useProperties the job data is a java.util.Properties text; Quartz wants a stream.
        byte[] bytes = rs.getBytes(colName);
        return bytes == null || bytes.length == 0 ? null : new ByteArrayInputStream(bytes);
    }
}
