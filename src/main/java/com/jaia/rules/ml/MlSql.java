package com.jaia.rules.ml;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import com.jaia.duckdb.SqlScript;

/**
 * The ML stage's SQL scripts (next to this class on the class path). They read their values as session variables
 * ({@code getvariable('ml_fiscal_year')}) that {@link MlScorer} binds, so no value is ever written into the SQL.
 */
final class MlSql {

    private MlSql() {
    }

    static void execute(Connection duckDb, String script) throws SQLException {
        try (Statement statement = duckDb.createStatement()) {
            statement.execute(SqlScript.fill(SqlScript.read("com/jaia/rules/ml/" + script), Map.of()));
        }
    }

    /** A DuckDB DOUBLE literal that parses back to exactly {@code value} (a plain {@code 1.5} would be a DECIMAL). */
    static String literal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        String text = Double.toString(value);
        return text.contains("E") ? text : text + "e0";
    }

}
