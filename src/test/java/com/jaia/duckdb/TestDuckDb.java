package com.jaia.duckdb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A DuckDB store of a test's own with the application's schema, applied the way the application applies it at
 * start-up: the one way the tests that work without Spring build their store.
 */
public final class TestDuckDb {

    private TestDuckDb() {
    }

    /** Opens {@code file} (null: a store in memory) and applies the schema to it. */
    public static Connection open(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + (file == null ? "" : file.toString()));
        try {
            applySchema(connection);
            return connection;
        }
        catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Applies the schema to an open store. */
    public static void applySchema(Connection connection) {
        try {
            new DuckDbSchema(null).apply(connection);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (SQLException e) {
            throw new IllegalStateException("cannot apply the DuckDB schema: " + e.getMessage(), e);
        }
    }

}
