package com.jaia.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * The API's JSON names are camelCase while DuckDB's columns are snake_case: rows read for the API go through here.
 */
public final class CamelCase {

    /** Maps a row to column name (camelCase) to value, in column order. */
    public static final RowMapper<Map<String, Object>> ROWS = new ColumnMapRowMapper() {

        @Override
        protected String getColumnKey(String columnName) {
            return of(columnName);
        }

        /** Timestamps (local in the server's zone in the store) leave with that zone's offset, as ISO 8601. */
        @Override
        protected Object getColumnValue(ResultSet rs, int index) throws SQLException {
            Object value = super.getColumnValue(rs, index);
            if (value instanceof Timestamp timestamp) {
                value = timestamp.toLocalDateTime();
            }
            if (value instanceof LocalDateTime local) {
                return local.atZone(ZoneId.systemDefault()).toOffsetDateTime();
            }
            return value;
        }

    };

    private CamelCase() {
    }

    /** {@code journal_risk_band} to {@code journalRiskBand}; a name without underscores stays as it is. */
    public static String of(String snakeCase) {
        if (snakeCase.indexOf('_') < 0) {
            return snakeCase;
        }
        StringBuilder out = new StringBuilder(snakeCase.length());
        boolean upper = false;
        for (char c : snakeCase.toCharArray()) {
            if (c == '_') {
                upper = out.length() > 0;
            }
            else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

}
