package com.jaia.duckdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * SQL packaged in the application ({@code db/<stage>/<what it fills>.sql} and the engine SQL beside a stage's classes):
 * the one way such a file is read, and the one placeholder syntax, {@code ${name}}, for the parts a statement cannot
 * bind (file lists, column structs, numbers checked by the caller). Values are bound as statement parameters wherever
 * SQL allows.
 */
public final class SqlScript {

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
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

}
