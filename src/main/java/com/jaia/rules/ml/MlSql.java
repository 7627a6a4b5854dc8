package com.jaia.rules.ml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The ML stage's SQL templates (next to this class on the class path), with {@code {{name}}} placeholders filled by
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
        String sql = load(template);
        for (Map.Entry<String, ? extends Number> value : values.entrySet()) {
            Number number = value.getValue();
            String literal = number instanceof Double d ? literal(d) : number.toString();
            sql = sql.replace("{{" + value.getKey() + "}}", literal);
        }
        if (sql.contains("{{")) {
            throw new IllegalStateException(template + " has a placeholder without a value");
        }
        return sql;
    }

    /** A DuckDB DOUBLE literal that parses back to exactly {@code value} (a plain {@code 1.5} would be a DECIMAL). */
    static String literal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        String text = Double.toString(value);
        return text.contains("E") ? text : text + "e0";
    }

    private static String load(String template) {
        try (InputStream in = MlSql.class.getResourceAsStream(template)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL template " + template);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
