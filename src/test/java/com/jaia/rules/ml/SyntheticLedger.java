package com.jaia.rules.ml;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import com.jaia.duckdb.TestDuckDb;

/**
 * A DuckDB store with the real schema and a deterministic ledger: two-line journals on weekdays in office hours,
 * amounts typical of each account, and optionally injected outliers marked {@code je_line_description = 'injected'}.
 */
final class SyntheticLedger {

    private SyntheticLedger() {
    }

    static void applySchema(Connection duckDb) {
        TestDuckDb.applySchema(duckDb);
    }

    /**
     * Adds {@code lines} lines to {@code fiscalYear}; with outliers, journals {@code j % 300 == 7} get amounts a
     * thousand times their account's and journals {@code j % 300 == 77} are entered at 23:30 on a Sunday, 90 days
     * after their effective date.
     */
    static void insert(Connection duckDb, int fiscalYear, int lines, boolean outliers) throws SQLException {
        String sql = """
                INSERT INTO journal_entries (gl_detail_id, fiscal_year, accounting_period, journal_id,
                    journal_id_line_number, effective_date, entry_date, entry_time, gl_account_number, amount,
                    debit_credit_indicator, je_line_description, prepared_by, import_id, source_line_number)
                WITH start AS (
                    SELECT make_date(%1$d, 4, 1) + ((8 - isodow(make_date(%1$d, 4, 1))) %% 7)::INTEGER AS monday
                ), base AS (
                    SELECT i, i // 2 AS j, CASE WHEN i %% 2 = 0 THEN (i // 2) %% 20 ELSE 20 + (i // 2) %% 5 END AS acct,
                           monday, monday + (((i // 2) %% 250) // 5 * 7 + ((i // 2) %% 250) %% 5)::INTEGER AS day
                    FROM range(%2$d) t(i), start
                ), shaped AS (
                    SELECT *, %3$s AND j %% 300 = 7 AS big, %3$s AND j %% 300 = 77 AS odd FROM base
                )
                SELECT format('{}-{}', %1$d, i), %1$d, 1 + j %% 12, format('J{}-{}', %1$d, j), i %% 2 + 1,
                       CASE WHEN odd THEN monday - 1 + (j %% 40 * 7)::INTEGER ELSE day END,
                       CASE WHEN odd THEN monday - 1 + (j %% 40 * 7 + 90)::INTEGER ELSE day END,
                       CASE WHEN odd THEN TIME '23:30:00' ELSE TIME '09:00:00' + to_minutes(j * 37 %% 540) END,
                       format('{}', 4000 + acct),
                       round(pow(10, 2 + (j %% 20) %% 4) * (1 + ((j * 7919) %% 1000) / 1000.0)
                             * CASE WHEN big THEN 1000 ELSE 1 END, 2)::DECIMAL(18,2),
                       CASE WHEN i %% 2 = 0 THEN 'D' ELSE 'C' END,
                       CASE WHEN big OR odd THEN 'injected' ELSE 'ordinary' END,
                       format('U{}', j %% 10), 1, i
                FROM shaped
                """.formatted(fiscalYear, lines, outliers ? "true" : "false");
        try (Statement statement = duckDb.createStatement()) {
            statement.execute(sql);
        }
    }

}
