package com.jaia.masters;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Replaces the contents of one master table in a single DuckDB transaction (delete, append every row with DuckDB's
 * Appender, record the load in {@code master_loads}), so readers see the old version or the new one, never a mix.
 */
final class MasterTableWriter {

    private MasterTableWriter() {
    }

    static void replace(Connection connection, MasterRows rows, String fileName, String sha256) throws SQLException {
        MasterKind kind = rows.header.kind();
        DuckDBConnection duckDb = connection.unwrap(DuckDBConnection.class);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM " + kind.table);
            }
            try (DuckDBAppender appender = duckDb.createAppender(DuckDBConnection.DEFAULT_SCHEMA, kind.table)) {
                for (Object[] row : rows.rows) {
                    appender.beginRow();
                    for (Object value : row) {
                        append(appender, value);
                    }
                    appender.endRow();
                }
            }
            try (PreparedStatement load = connection.prepareStatement("INSERT INTO master_loads (master, file_name, "
                    + "file_sha256, rows_loaded, rows_rejected, loaded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                load.setString(1, kind.table);
                load.setString(2, fileName);
                load.setString(3, sha256);
                load.setLong(4, rows.rows.size());
                load.setLong(5, rows.rejected.size());
                load.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now()));
                load.executeUpdate();
            }
            connection.commit();
        }
        catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        }
        else if (value instanceof String text) {
            appender.append(text);
        }
        else if (value instanceof Boolean flag) {
            appender.append(flag.booleanValue());
        }
        else if (value instanceof Integer number) {
            appender.append(number.intValue());
        }
        else if (value instanceof BigDecimal amount) {
            appender.append(amount.setScale(2));
        }
        else {
            throw new IllegalStateException("unexpected master value " + value.getClass());
        }
    }

}
