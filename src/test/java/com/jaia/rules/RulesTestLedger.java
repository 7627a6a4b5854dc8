package com.jaia.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jaia.duckdb.TestDuckDb;
import com.jaia.pipeline.JobFiles;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * An in-memory DuckDB with the real schema and the fixture masters, into which tests insert journal lines by a short
 * notation, and the rules engine wired as in production (without Spring and without ML).
 */
final class RulesTestLedger implements AutoCloseable {

    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("j", "journal_id"),
            Map.entry("id", "gl_detail_id"), Map.entry("acct", "gl_account_number"), Map.entry("amt", "amount"),
            Map.entry("dc", "debit_credit_indicator"), Map.entry("date", "effective_date"),
            Map.entry("entry", "entry_date"), Map.entry("time", "entry_time"), Map.entry("desc", "je_line_description"),
            Map.entry("prep", "prepared_by"), Map.entry("appr", "approved_by"), Map.entry("apprd", "approved_date"),
            Map.entry("mod", "last_modified_by"), Map.entry("modd", "last_modified_date"), Map.entry("fy", "fiscal_year"),
            Map.entry("period", "accounting_period"), Map.entry("vendor", "vendor_code"), Map.entry("src", "source"));

    private static final List<String> DATE_COLUMNS = List.of("effective_date", "entry_date", "approved_date",
            "last_modified_date");

    /** The scale of the fixture ledgers: yen, materiality 100,000,000, typical amounts in the hundred thousands. */
    static final LedgerScale YEN_SCALE = new LedgerScale(java.math.BigDecimal.valueOf(100_000_000L),
            java.math.BigDecimal.valueOf(100_000L));

    final Connection connection;

    private int batch;

    RulesTestLedger() throws SQLException, IOException {
        connection = TestDuckDb.open(null);
        execute("SET threads = 1");
        execute(read(new ClassPathResource("rules/masters.sql")));
    }

    /** Empties the ledger and every result, keeping schema, masters and reference data. */
    void reset() throws SQLException {
        execute("DELETE FROM journal_entries; DELETE FROM rule_violations; DELETE FROM risk_scores; "
                + "DELETE FROM rule_runs; DELETE FROM rule_run_results; DELETE FROM ledger_profiles; DROP TABLE IF EXISTS ml_scores; "
                + "DELETE FROM rule_run_ledgers; DELETE FROM rule_run_ledger_results");
    }

    static AuditRules engine() {
        return engine(RulesSettings.defaults());
    }

    /** The engine; its catalogue is read once, as the rule files do not change while the tests run. */
    static AuditRules engine(RulesSettings settings) {
        JobFiles files = new JobFiles(Path.of("jobs"));
        RuleCatalogue catalogue = RuleCatalogue.load(files, settings);
        return new AuditRules(() -> catalogue, files, settings, RiskSettings.defaults());
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Inserts one line given as literal values (aliases allowed); unset columns take harmless defaults. */
    void line(Map<String, ?> values) throws SQLException {
        Map<String, String> sql = new LinkedHashMap<>();
        values.forEach((key, value) -> sql.put(key, value == null ? "NULL" : literal(value.toString())));
        insert(1, sql);
    }

    /** A fixture value as a SQL literal: a number as written, other text quoted. */
    private static String literal(String value) {
        return value.matches("-?\\d+(\\.\\d+)?") ? value : "'" + value.replace("'", "''") + "'";
    }

    /** Inserts {@code count} lines whose values are SQL expressions over {@code i} (0..count-1). */
    void bulk(int count, Map<String, String> expressions) throws SQLException {
        insert(count, expressions);
    }

    private void insert(int count, Map<String, String> given) throws SQLException {
        String prefix = "F" + (++batch) + "-";
        Map<String, String> columns = new LinkedHashMap<>();
        given.forEach((key, value) -> {
            String column = ALIASES.getOrDefault(key, key);
            columns.put(column, DATE_COLUMNS.contains(column) && value.startsWith("'") ? "DATE " + value : value);
        });
        String journal = columns.getOrDefault("journal_id", count == 1 ? "'J1'" : "'" + prefix + "J' || i");
        String effective = columns.getOrDefault("effective_date", "DATE '2024-04-10'");
        String entry = columns.getOrDefault("entry_date", effective);
        Map<String, String> row = new LinkedHashMap<>();
        row.put("gl_detail_id", "'" + prefix + "' || i");
        row.put("business_unit_code", "'JP01'");
        row.put("fiscal_year", "2024");
        row.put("accounting_period", "1");
        row.put("journal_id", journal);
        row.put("journal_id_line_number", "1");
        row.put("effective_date", effective);
        row.put("entry_date", entry);
        row.put("entry_time", "TIME '10:00:00'");
        row.put("gl_account_number", "'6110'");
        row.put("amount", "12345");
        row.put("amount_currency", "'JPY'");
        row.put("debit_credit_indicator", "'D'");
        row.put("je_line_description", "'事務用品購入'");
        row.put("source", "'GL'");
        row.put("dept_code", "'D01'");
        row.put("prepared_by", "'U01'");
        row.put("approved_by", "'U02'");
        row.put("approved_date", entry);
        row.put("last_modified_by", columns.getOrDefault("prepared_by", "'U01'"));
        row.put("last_modified_date", entry);
        row.put("import_id", "1");
        row.put("source_line_number", "i + 1");
        row.putAll(columns);
        if (row.get("entry_time").startsWith("'")) {
            row.put("entry_time", "TIME " + row.get("entry_time"));
        }
        execute("INSERT INTO journal_entries (" + String.join(", ", row.keySet()) + ") SELECT "
                + row.values().stream().map(v -> "(" + v + ")").collect(Collectors.joining(", "))
                + " FROM range(" + count + ") t(i)");
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

}
