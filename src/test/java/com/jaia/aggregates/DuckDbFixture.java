package com.jaia.aggregates;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;

import com.jaia.duckdb.TestDuckDb;
import com.jaia.pipeline.JobFiles;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A real DuckDB file with the application's schema, and helpers to put hand-built journal lines, violations and risk
 * scores into it.
 */
final class DuckDbFixture implements AutoCloseable {

    final DataSource dataSource;

    final JdbcClient jdbc;

    DuckDbFixture(Path dir) {
        HikariConfig config = new HikariConfig();
        config.setDriverClassName("org.duckdb.DuckDBDriver");
        config.setJdbcUrl("jdbc:duckdb:" + dir.resolve("test.duckdb"));
        config.setPoolName("aggregates-test-" + dir.getFileName());
        config.setMaximumPoolSize(3);
        Properties properties = new Properties();
        properties.setProperty("memory_limit", "512MB");
        properties.setProperty("temp_directory", dir.resolve("duckdb-tmp").toString());
        properties.setProperty("preserve_insertion_order", "false");
        config.setDataSourceProperties(properties);
        dataSource = new HikariDataSource(config);
        jdbc = JdbcClient.create(dataSource);
        applySchema();
        overallViews();
    }

    /**
     * {@code overall_<table>}: each aggregate's totals over all business units without the business unit column, as
     * the tables were before units were a dimension (for a table that lists journals: every unit's rows).
     */
    private void overallViews() {
        for (Aggregate aggregate : new AggregateSql(new JobFiles(Path.of("jobs"))).catalogue().all()) {
            execute("CREATE VIEW overall_" + aggregate.table() + " AS " + (aggregate.overallRows()
                    ? "SELECT * EXCLUDE (business_unit_code) FROM " + aggregate.table()
                        + " WHERE business_unit_code = '*'"
                    : "SELECT * EXCLUDE (overall_rank) FROM " + aggregate.table()));
        }
    }

    /** A fixture over a store that already has the schema (the application's); closing it leaves the store open. */
    DuckDbFixture(DataSource existing) {
        dataSource = existing;
        jdbc = JdbcClient.create(existing);
    }

    private void applySchema() {
        try (Connection connection = dataSource.getConnection()) {
            TestDuckDb.applySchema(connection);
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    AggregateRefresher refresher() {
        return new AggregateRefresher(dataSource, new AggregateSql(new JobFiles(Path.of("jobs"))));
    }

    void insert(Line... lines) {
        for (Line line : lines) {
            jdbc.sql("""
                    INSERT INTO journal_entries (gl_detail_id, business_unit_code, fiscal_year, accounting_period,
                        journal_id, journal_id_line_number, effective_date, entry_date, entry_time, gl_account_number,
                        amount, debit_credit_indicator, source, vendor_code, dept_code, prepared_by, approved_by,
                        approved_date, import_id, source_line_number, account_known)
                    VALUES (?, 'BU1', ?, ?, ?, 1, CAST(? AS DATE), CAST(? AS DATE), CAST(? AS TIME), ?,
                        CAST(? AS DECIMAL(18,2)), ?, ?, ?, ?, ?, ?, CAST(? AS DATE), 1, 1, ?)""")
                .params(line.id(), line.year(), line.period(), line.journal(), line.date(), line.entryDate(),
                        line.entryTime(), line.account(), line.amount(), line.side(), line.source(), line.vendor(),
                        line.dept(), line.preparedBy(), line.approvedBy(), line.approvedDate(), line.accountKnown())
                .update();
        }
    }

    void violation(String id, String journal, int year, String rule, String category, String severity,
            double score) {
        jdbc.sql("INSERT INTO rule_violations (gl_detail_id, journal_id, fiscal_year, business_unit_code, rule_id, "
                + "category, severity, score, message) VALUES (?, ?, ?, 'BU1', ?, ?, ?, ?, 'evidence')")
            .params(id, journal, year, rule, category, severity, score)
            .update();
    }

    void score(String id, String journal, int year, double risk, String band, Double ml, int violations,
            double journalRisk, String journalBand) {
        jdbc.sql("INSERT INTO risk_scores (gl_detail_id, journal_id, fiscal_year, business_unit_code, rule_score, "
                + "ml_score, risk_score, risk_band, journal_risk_score, journal_risk_band, violation_count, "
                + "top_factors) VALUES (?, ?, ?, 'BU1', ?, ?, ?, ?, ?, ?, ?, ?)")
            .params(id, journal, year, risk, ml, risk, band, journalRisk, journalBand, violations, "factors of " + id)
            .update();
        if (ml != null) {
            jdbc.sql("INSERT INTO ml_scores (gl_detail_id, journal_id, fiscal_year, ml_score, ml_method, isolation_score, "
                    + "account_outlier_score, user_outlier_score, top_features) VALUES (?, ?, ?, ?, ?, ?, 0, 0, '')")
                .params(id, journal, year, ml, ml >= 0.5 ? "isolation_forest" : "account_robust_z", ml)
                .update();
        }
    }

    void execute(String sql) {
        new JdbcTemplate(dataSource).execute(sql);
    }

    /** Every row of the table in a stable order, each as text, for comparing contents before and after. */
    List<String> contents(String table) {
        return rows("SELECT * FROM " + table + " ORDER BY ALL");
    }

    /** The query's rows, each as its values joined with '|' (NULL as "null"). */
    List<String> rows(String sql) {
        return jdbc.sql(sql).query((rs, n) -> {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                cells.add(String.valueOf(rs.getObject(i)));
            }
            return String.join("|", cells);
        }).list();
    }

    List<Map<String, Object>> select(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query().listOfRows();
    }

    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource owned && owned.getPoolName().startsWith("aggregates-test")) {
            owned.close();
        }
    }

}
