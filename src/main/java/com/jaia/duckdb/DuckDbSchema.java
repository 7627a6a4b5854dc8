package com.jaia.duckdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;

import javax.sql.DataSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Creates the DuckDB tables at start-up from {@code db/duckdb/*.sql}, applied in file-name order; every statement is
 * idempotent ({@code CREATE ... IF NOT EXISTS}) so an existing store is kept as it is.
 */
public class DuckDbSchema {

    private final DataSource duckDb;

    DuckDbSchema(DataSource duckDb) {
        this.duckDb = duckDb;
    }

    void apply(Connection connection) throws SQLException, IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:db/duckdb/*.sql");
        Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
        try (Statement statement = connection.createStatement()) {
            for (Resource script : scripts) {
                try (InputStream in = script.getInputStream()) {
                    statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
    }

    /** The pool this schema was applied to. */
    public DataSource dataSource() {
        return duckDb;
    }

}
