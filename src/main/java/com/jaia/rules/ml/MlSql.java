package com.jaia.rules.ml;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import com.jaia.duckdb.SqlScript;

/**
 * The ML stage's SQL templates (next to this class on the class path), with {@code ${name}} placeholders filled by
 * numbers only, so no text from the ledger ever reaches the SQL.
 */
final class MlSql {

    private MlSql() {
    }

    static void execute(Connection duckDb, String template, Map<String, ? extends Number> values) throws SQLException {
        try (Statement statement = duckDb.createStatement()) {
            statement.execute(render(template, values));
        }
    }

    static String render(String template, Map<String, ? extends Number> values) {
        Map<String, String> literals = new HashMap<>();
        values.forEach((name, number) -> literals.put(name, number instanceof Double d ? literal(d) : number.toString()));
        return SqlScript.fill(SqlScript.read("com/jaia/rules/ml/" + template), literals);
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
