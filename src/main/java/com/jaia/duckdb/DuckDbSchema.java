package com.jaia.duckdb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import javax.sql.DataSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Creates the DuckDB tables at start-up from {@code db/duckdb/*.sql}, applied in file-name order; every statement is
 * idempotent ({@code CREATE ... IF NOT EXISTS}) so an existing store is kept as it is; a key that changed since a
 * store was made is rebuilt by its script under {@code db/duckdb-migrations/}, keeping every row.
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
            if (!reviewsKeyedByBusinessUnit(statement)) {
                statement.execute(SqlScript.fill(SqlScript.read("db/duckdb-migrations/llm-reviews-keyed.sql"),
                        Map.of("review_tables", SqlScript.read("db/duckdb/050-review.sql"))));
            }
        }
    }

    /** Whether {@code llm_reviews} has the business unit in its key (stores made before it was added do not). */
    private static boolean reviewsKeyedByBusinessUnit(Statement statement) throws SQLException {
        try (ResultSet key = statement.executeQuery("SELECT list_contains(constraint_column_names, "
                + "'business_unit_code') FROM duckdb_constraints() WHERE table_name = 'llm_reviews' "
                + "AND constraint_type = 'PRIMARY KEY'")) {
            return !key.next() || key.getBoolean(1);
        }
    }

    /** The pool this schema was applied to. */
    public DataSource dataSource() {
        return duckDb;
    }

}
