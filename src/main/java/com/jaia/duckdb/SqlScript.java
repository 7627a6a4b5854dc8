package com.jaia.duckdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * SQL packaged in the application ({@code db/<stage>/<what it fills>.sql} and the engine SQL beside a stage's classes):
 * the one way such a file is read, and the one placeholder syntax, {@code ${name}}, for the parts a statement cannot
 * bind (column structs and other texts fixed in the code). Values are bound as statement parameters: a single statement
 * takes {@code ?}; a script of several statements reads them as DuckDB session variables, {@code getvariable('name')},
 * set through {@link #variables} with bound parameters, so a value never becomes SQL text.
 */
public final class SqlScript {

    /** A session variable's name: it cannot be bound, so only these characters are accepted. */
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    /** The widest DECIMAL DuckDB has; a wider number is bound as a DOUBLE, as DuckDB reads such a literal. */
    private static final int MAX_DECIMAL_WIDTH = 38;

    private SqlScript() {
    }

    /** The text of a class path resource, e.g. {@code db/status/last-import.sql}. */
    public static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("missing SQL file " + path + " in the application", e);
        }
    }

    /**
     * Fills {@code ${name}} placeholders; refuses a script that still has one afterwards.
     * @throws IllegalStateException naming the first placeholder without a value
     */
    public static String fill(String sql, Map<String, String> values) {
        String filled = sql;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("${" + value.getKey() + "}", value.getValue());
        }
        int open = filled.indexOf("${");
        if (open >= 0) {
            throw new IllegalStateException("unfilled placeholder in SQL: "
                    + filled.substring(open, Math.min(filled.length(), open + 30)));
        }
        return filled;
    }

    /**
     * The statements of a script whose statements end with a line holding only {@code ;}, comment lines left out and
     * placeholders filled.
     */
    public static List<String> statements(String script, Map<String, String> values) {
        String code = script.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        List<String> statements = new ArrayList<>();
        for (String statement : fill(code, values).split("(?m)^;\\s*$")) {
            String sql = statement.strip();
            if (!sql.isEmpty()) {
                statements.add(sql);
            }
        }
        return statements;
    }

    /** The number in the first column of the first row a query answers, its parameters bound in order. */
    public static long single(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameter(connection, parameters[i]));
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Runs one statement, its parameters bound in order; answers the rows it changed. */
    public static long update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameter(connection, parameters[i]));
            }
            return statement.executeLargeUpdate();
        }
    }

    /**
     * Sets a DuckDB session variable on the connection for each value, bound as a statement parameter ({@code SET
     * VARIABLE name = ?}); a list becomes a DuckDB list. Closing the answer resets them, so a pooled connection carries
     * none to its next user.
     * @throws IllegalArgumentException when a name is not lower-case letters, digits and underscores
     */
    public static Variables variables(Connection connection, Map<String, ?> values) throws SQLException {
        Variables variables = new Variables(connection, List.copyOf(values.keySet()));
        try {
            for (Map.Entry<String, ?> value : values.entrySet()) {
                // the name is checked against NAME in Variables; the value is a parameter, a decimal cast to its type
                try (PreparedStatement set = connection.prepareStatement("SET VARIABLE " + name(value.getKey()) + " = "
                        + placeholder(value.getValue()))) {
                    set.setObject(1, parameter(connection, value.getValue()));
                    set.execute();
                }
            }
            return variables;
        }
        catch (SQLException | RuntimeException e) {
            variables.close();
            throw e;
        }
    }

    private static Object parameter(Connection connection, Object value) throws SQLException {
        if (value instanceof List<?> list) {
            boolean text = list.isEmpty() || list.stream().anyMatch(item -> !(item instanceof Number));
            boolean fraction = list.stream().anyMatch(item -> !(item instanceof Integer || item instanceof Long));
            boolean wide = list.stream().anyMatch(item -> item instanceof Long);
            Object[] items = list.stream()
                .map(item -> !(item instanceof Number number) ? String.valueOf(item)
                        : fraction ? (Object) number.doubleValue() : item)
                .toArray();
            return connection.createArrayOf(text ? "VARCHAR" : fraction ? "DOUBLE" : wide ? "BIGINT" : "INTEGER", items);
        }
        if (value instanceof BigDecimal decimal && width(decimal) > MAX_DECIMAL_WIDTH) {
            return decimal.doubleValue();
        }
        return value;
    }

    /**
     * The parameter marker of a variable's value: a decimal is cast to the width and scale it is written with, as
     * DuckDB types the literal {@code 0.05} (DECIMAL(3,2)), so it compares, computes and prints as that literal would.
     */
    private static String placeholder(Object value) {
        if (value instanceof BigDecimal decimal && width(decimal) <= MAX_DECIMAL_WIDTH) {
            return "CAST(? AS DECIMAL(" + width(decimal) + ", " + scale(decimal) + "))";
        }
        return "?";
    }

    /** The digits of a decimal, at least one before the point: 0.05 has three, 120 (1.2E+2) three. */
    private static int width(BigDecimal decimal) {
        return decimal.scale() < 0 ? decimal.precision() - decimal.scale()
                : Math.max(decimal.precision(), decimal.scale() + 1);
    }

    private static int scale(BigDecimal decimal) {
        return Math.max(decimal.scale(), 0);
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a session variable name: " + name);
        }
        return name;
    }

    /** Session variables set by {@link #variables}; {@link #close()} resets them. */
    public static final class Variables implements AutoCloseable {

        private final Connection connection;

        private final List<String> names;

        private Variables(Connection connection, List<String> names) {
            names.forEach(SqlScript::name);
            this.connection = connection;
            this.names = names;
        }

        @Override
        public void close() throws SQLException {
            try (var statement = connection.createStatement()) {
                for (String name : names) {
                    statement.execute("RESET VARIABLE " + name);
                }
            }
        }

    }

}
