package com.jaia.aggregates;

/**
 * SQL that fills a DuckDB store with a large synthetic ledger (two fiscal years, four-line journals), one risk score
 * per line and a violation on about one line in twenty, for measuring the refresh.
 */
final class SyntheticLedger {

    private SyntheticLedger() {
    }

    static String journalEntries(long lines) {
        return """
                INSERT INTO journal_entries (gl_detail_id, business_unit_code, fiscal_year, accounting_period,
                    journal_id, journal_id_line_number, effective_date, entry_date, entry_time, gl_account_number,
                    amount, amount_currency, functional_amount, debit_credit_indicator, je_line_description, source,
                    vendor_code, dept_code, prepared_by, approved_by, approved_date, last_modified_by,
                    last_modified_date, import_id, source_line_number, account_known)
                SELECT 'GL' || i, 'BU1', 2024 + CAST(i * 2 // %1$d AS INTEGER),
                       CAST((i // 4) %% 12 + 1 AS INTEGER), 'J' || (i // 4), CAST(i %% 4 + 1 AS INTEGER),
                       DATE '2024-04-01' + CAST((i // 4) %% 730 AS INTEGER),
                       DATE '2024-04-01' + CAST((i // 4) %% 730 AS INTEGER) + CAST(i %% 3 AS INTEGER),
                       TIME '08:00:00' + INTERVAL (CAST(i %% 50000 AS INTEGER)) SECOND,
                       CAST(1000 + (hash(i // 2) %% 400) * 10 AS VARCHAR),
                       CAST(round(exp(random() * 14), 2) + 1 AS DECIMAL(18,2)),
                       'JPY', NULL, CASE WHEN i %% 2 = 0 THEN 'D' ELSE 'C' END, 'line ' || i,
                       CASE WHEN i %% 10 = 0 THEN 'MANUAL' ELSE 'AP' END,
                       CASE WHEN i %% 3 = 0 THEN 'V' || (i %% 2000) END, 'D' || (i %% 40),
                       'U' || (i // 4 %% 200), 'U' || (i // 4 %% 30), DATE '2024-04-02' + CAST((i // 4) %% 730 AS INTEGER),
                       NULL, NULL, 1, i, true
                FROM range(%1$d) t(i)
                """.formatted(lines);
    }

    static final String RISK_SCORES = """
            INSERT INTO risk_scores (gl_detail_id, journal_id, fiscal_year, business_unit_code, rule_score, ml_score,
                risk_score, risk_band, journal_risk_score, journal_risk_band, violation_count, top_factors, run_id)
            SELECT gl_detail_id, journal_id, fiscal_year, business_unit_code, s * 100, s, s * 100,
                   CASE WHEN s > 0.98 THEN 'critical' WHEN s > 0.95 THEN 'high' WHEN s > 0.8 THEN 'medium'
                        WHEN s > 0.5 THEN 'low' ELSE 'minimal' END,
                   NULL, NULL, CASE WHEN s > 0.95 THEN 1 ELSE 0 END, 'amount', 1
            FROM (SELECT *, random() AS s FROM journal_entries);
            INSERT INTO ml_scores (gl_detail_id, journal_id, fiscal_year, ml_score, ml_method, isolation_score,
                account_outlier_score, user_outlier_score, top_features)
            SELECT gl_detail_id, journal_id, fiscal_year, ml_score, 'isolation_forest', ml_score, 0, 0, ''
            FROM risk_scores;
            """;

    static final String RULE_VIOLATIONS = """
            INSERT INTO rule_violations (gl_detail_id, journal_id, fiscal_year, business_unit_code, rule_id, category,
                severity, score, message, run_id)
            SELECT gl_detail_id, journal_id, fiscal_year, business_unit_code, 'R' || (source_line_number % 17),
                   'amount', 'high', 0.7, 'evidence', 1
            FROM journal_entries WHERE source_line_number % 20 = 0
            """;

    static final String MASTERS = """
            INSERT INTO accounts (account_code, account_name, account_type, account_class)
            SELECT CAST(1000 + i * 10 AS VARCHAR), 'Account ' || i, 'expense', 'expense' FROM range(400) t(i);
            INSERT INTO users (user_id, user_name, approval_limit) SELECT 'U' || i, 'User ' || i, 1000000
            FROM range(200) t(i);
            INSERT INTO departments (dept_code, dept_name) SELECT 'D' || i, 'Dept ' || i FROM range(40) t(i);
            INSERT INTO vendors (vendor_code, vendor_name) SELECT 'V' || i, 'Vendor ' || i FROM range(2000) t(i);
            """;

}
