package com.jaia.rules.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import com.jaia.duckdb.SqlScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlFeaturesSqlTests {

    @TempDir
    Path dir;

    @Test
    void preparerEntryHourAndLagStatisticsEqualDuckDbMedianAndMad() throws Exception {
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("jaia.duckdb"))) {
            SyntheticLedger.applySchema(duckDb);
            SyntheticLedger.insert(duckDb, 2024, 3_000, true);
            execute(duckDb, "UPDATE journal_entries SET entry_time = NULL WHERE prepared_by = 'U3'"
                    + " OR (prepared_by = 'U4' AND source_line_number % 3 = 0)");
            execute(duckDb, "UPDATE journal_entries SET prepared_by = NULL WHERE prepared_by = 'U6'");
            execute(duckDb, "DELETE FROM journal_entries WHERE prepared_by = 'U5' AND source_line_number % 7 = 0");

            try (SqlScript.Variables year = SqlScript.variables(duckDb,
                    Map.of("ml_fiscal_year", 2024, "ml_all_units", true, "ml_business_unit", ""))) {
                MlSql.execute(duckDb, "ml_features.sql");
            }

            assertThat(count(duckDb, "SELECT count(*) FROM ml_user_stats")).isEqualTo(10);
            assertThat(count(duckDb, """
                    SELECT count(*) FROM ml_user_stats s JOIN (
                        SELECT coalesce(prepared_by, '') AS user_id, count(*) AS lines,
                               median(hour) AS hc, mad(hour) AS hm, median(lag) AS lc, mad(lag) AS lm
                        FROM (SELECT prepared_by, (hour(entry_time) + minute(entry_time) / 60)::DOUBLE AS hour,
                                     date_diff('day', effective_date, coalesce(entry_date, effective_date))::DOUBLE AS lag
                              FROM journal_entries WHERE fiscal_year = 2024)
                        GROUP BY 1) r USING (user_id)
                    WHERE s.lines = r.lines AND s.hour_center IS NOT DISTINCT FROM r.hc
                      AND s.hour_mad IS NOT DISTINCT FROM r.hm AND s.lag_center = r.lc AND s.lag_mad = r.lm
                    """)).isEqualTo(10);
            assertThat(count(duckDb, "SELECT count(*) FROM ml_user_stats WHERE hour_center IS NULL")).isEqualTo(1);
        }
    }

    private static void execute(Connection duckDb, String sql) throws SQLException {
        try (Statement statement = duckDb.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection duckDb, String sql) throws SQLException {
        try (Statement statement = duckDb.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

}
