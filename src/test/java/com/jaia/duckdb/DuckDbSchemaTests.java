package com.jaia.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The schema on a store made before {@code llm_reviews} had the business unit in its key: rebuilt, every row kept,
 * and journal 1 of two business units of one import then stored apart.
 */
class DuckDbSchemaTests {

    @TempDir
    Path dir;

    @Test
    void rebuildsTheReviewsOfAnOlderStoreKeyedByBusinessUnitKeepingEveryRow() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("old.duckdb"));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE llm_reviews (import_id BIGINT NOT NULL, fiscal_year INTEGER NOT NULL, "
                    + "journal_id VARCHAR NOT NULL, business_unit_code VARCHAR, risk_score DOUBLE, risk_band VARCHAR, "
                    + "status VARCHAR NOT NULL, skip_reason VARCHAR, verdict VARCHAR, confidence DOUBLE, rationale "
                    + "VARCHAR, suggested_procedure VARCHAR, provider VARCHAR, model VARCHAR, input_tokens BIGINT, "
                    + "output_tokens BIGINT, cost DECIMAL(18,8), latency_ms BIGINT, attempts INTEGER, cached BOOLEAN, "
                    + "prompt_hash VARCHAR, language VARCHAR, reviewed_at TIMESTAMP NOT NULL, "
                    + "PRIMARY KEY (import_id, fiscal_year, journal_id))");
            statement.execute("INSERT INTO llm_reviews (import_id, fiscal_year, journal_id, business_unit_code, status, "
                    + "verdict, reviewed_at) VALUES (7, 2024, 'J1', 'BU1', 'reviewed', 'suspicious', now())");

            new DuckDbSchema(null).apply(connection);
            new DuckDbSchema(null).apply(connection);

            statement.execute("INSERT INTO llm_reviews (import_id, fiscal_year, journal_id, business_unit_code, status, "
                    + "reviewed_at) VALUES (7, 2024, 'J1', 'BU2', 'deferred', now())");
            try (ResultSet rows = statement.executeQuery("SELECT string_agg(business_unit_code || ' ' || status || ' '"
                    + " || coalesce(verdict, '-'), ', ' ORDER BY business_unit_code) FROM llm_reviews")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("BU1 reviewed suspicious, BU2 deferred -");
            }
        }
    }

}
