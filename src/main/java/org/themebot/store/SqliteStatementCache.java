package org.themebot.store;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;

/**
 * Keeps SQLite's prepared statements per connection, so a statement is compiled once per connection
 * instead of on every call. Neither sqlite-jdbc, HikariCP nor Jdbi keeps them (PostgreSQL's driver
 * keeps its own, server side), and compiling was a tenth of a command's CPU.
 *
 * <p>Statements are prepared on the pooled connection's physical SQLite connection, past HikariCP's
 * proxy, which would otherwise close them each time the connection goes back to the pool; they die
 * with that connection. A statement already in use on its connection (the same query run inside the
 * iteration of its own results) gets a fresh one, closed after use as usual.
 */
final class SqliteStatementCache implements StatementBuilder {

    /** Distinct statements kept per connection; the least recently used goes beyond this. */
    static final int PER_CONNECTION = 128;

    private final StatementBuilder uncached = new DefaultStatementBuilder();
    private final Map<SQLiteConnection, Kept> kept = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
            return uncached.create(conn, sql, ctx);
        }
        SQLiteConnection sqlite = conn.unwrap(SQLiteConnection.class);
        return kept.computeIfAbsent(sqlite, c -> new Kept()).lend(sqlite, sql);
    }

    /** Jdbi names the statement's SQL as written, not as prepared: the statement itself says which it is. */
    @Override
    public void close(Connection conn, String sql, Statement stmt) throws SQLException {
        Kept statements = kept.get(conn.unwrap(SQLiteConnection.class));
        if (statements == null || !statements.giveBack(stmt)) {
            uncached.close(conn, sql, stmt);
        }
    }

    @Override
    public Statement create(Connection conn, StatementContext ctx) throws SQLException {
        return uncached.create(conn, ctx);
    }

    @Override
    public CallableStatement createCall(Connection conn, String sql, StatementContext ctx) throws SQLException {
        return uncached.createCall(conn, sql, ctx);
    }

    /**
     * One connection's statements by SQL, least recently used first, and which are lent out. Used
     * by one thread at a time, as the pool lends its connection.
     */
    private static final class Kept {
        private final Map<String, PreparedStatement> bySql = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= PER_CONNECTION || lent.containsKey(eldest.getValue())) {
                    return false;
                }
                closeQuietly(eldest.getValue());
                return true;
            }
        };
        private final Map<Statement, Boolean> lent = new IdentityHashMap<>();

        PreparedStatement lend(SQLiteConnection sqlite, String sql) throws SQLException {
            PreparedStatement statement = bySql.get(sql);
            if (statement != null && lent.containsKey(statement)) {
                return sqlite.prepareStatement(sql);
            }
            if (statement == null) {
                statement = sqlite.prepareStatement(sql);
                bySql.put(sql, statement);
            }
            lent.put(statement, true);
            return statement;
        }

        /** False for a statement this cache did not lend. */
        boolean giveBack(Statement statement) {
            if (lent.remove(statement) == null) {
                return false;
            }
            try {
                ((PreparedStatement) statement).clearParameters();
            } catch (SQLException e) {
                // sqlite-jdbc finalizes a statement that failed in some ways (a read-only database):
                // it is prepared afresh next time.
                bySql.values().remove(statement);
                closeQuietly(statement);
            }
            return true;
        }
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // It is finalized with its connection.
        }
    }
}
