package org.themebot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Columns read by position, for the row mappers of the queries every command runs. Jdbi's
 * constructor mapper matches columns to parameters by name on every execution, which cost a
 * third of such a query; these read what the query's own column list says is there.
 */
public final class ResultColumns {

    private ResultColumns() {
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : IsoText.instant(text);
    }

    public static LocalDate date(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null ? null : IsoText.date(text);
    }

    public static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
