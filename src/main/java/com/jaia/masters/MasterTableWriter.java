package com.jaia.masters;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import com.jaia.duckdb.SqlScript;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Replaces the contents of one master table in a single DuckDB transaction (count, delete, append every row with
 * DuckDB's Appender, record the load in {@code master_loads}), so readers see the old version or the new one, never a
 * mix, and a file with fewer rows than the table replaces it only when asked to.
 */
final class MasterTableWriter {

    private static final String RECORD = SqlScript.read("db/masters/master-load-record.sql");

    private MasterTableWriter() {
    }

    /**
     * Replaces the table with the rows unless that would shrink it and {@code replace} is off; returns the row count
     * before. The check, the replacement and its record share one transaction.
     * @throws MasterShrinkRefused when the file has fewer rows than the table and {@code replace} is off
     */
    static long replace(Connection connection, MasterRows rows, MasterFile file, String sha256, boolean replace,
            String loadedBy) throws SQLException {
        MasterKind kind = rows.header.kind();
        DuckDBConnection duckDb = connection.unwrap(DuckDBConnection.class);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long before;
            try (Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("SELECT count(*) FROM " + kind.table)) {
                count.next();
                before = count.getLong(1);
            }
            if (rows.rows.size() < before && !replace) {
                throw new MasterShrinkRefused(before);
            }
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
            record(connection, kind.table, file, sha256, rows.rows.size(), rows.rejected.size(), before,
                    rows.rows.size(), loadedBy, null);
            connection.commit();
            return before;
        }
        catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** Records one load attempt in {@code master_loads}; a null reason means it was loaded. */
    static void record(Connection connection, String table, MasterFile file, String sha256, long fileRows,
            long rejected, long before, long after, String loadedBy, String reason) throws SQLException {
        try (PreparedStatement load = connection.prepareStatement(RECORD)) {
            load.setString(1, table == null ? "unknown" : table);
            load.setString(2, file.name());
            load.setString(3, sha256);
            load.setLong(4, fileRows);
            load.setLong(5, rejected);
            load.setTimestamp(6, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            load.setLong(7, before);
            load.setLong(8, after);
            load.setString(9, loadedBy);
            load.setString(10, reason == null ? "loaded" : "refused");
            load.setString(11, reason);
            load.executeUpdate();
        }
    }

    /** The table holds more rows than the file, and the load was not asked to replace it. */
    static final class MasterShrinkRefused extends RuntimeException {

        final long before;

        MasterShrinkRefused(long before) {
            super("the file has fewer rows than the table holds", null, false, false);
            this.before = before;
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
