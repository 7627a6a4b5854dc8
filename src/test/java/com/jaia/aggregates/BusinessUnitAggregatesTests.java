package com.jaia.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two business units that both number their journals from J1: every aggregate holds each unit's rows and the totals
 * over both (business unit {@code *}), the units' rows add up to the totals, and no unit's journal stands for the
 * other's.
 */
class BusinessUnitAggregatesTests extends RefreshedStoreTests {

    @Override
    void fill(DuckDbFixture db) {
        db.execute("""
                INSERT INTO journal_entries (gl_detail_id, business_unit_code, fiscal_year, accounting_period,
                    journal_id, effective_date, entry_date, gl_account_number, amount, debit_credit_indicator,
                    prepared_by, approved_by, import_id, source_line_number) VALUES
                ('1', 'BU1', 2024, 1, 'J1', DATE '2024-04-05', DATE '2024-04-05', '5110', 100, 'D', 'alice', 'bob', 1, 2),
                ('2', 'BU1', 2024, 1, 'J1', DATE '2024-04-05', DATE '2024-04-05', '2110', 100, 'C', 'alice', 'bob', 1, 3),
                ('3', 'BU1', 2024, 2, 'J2', DATE '2024-05-07', DATE '2024-05-07', '5110', 300, 'D', 'alice', 'bob', 1, 4),
                ('4', 'BU1', 2024, 2, 'J2', DATE '2024-05-07', DATE '2024-05-07', '2110', 300, 'C', 'alice', 'bob', 1, 5),
                ('1', 'BU2', 2024, 1, 'J1', DATE '2024-04-05', DATE '2024-04-05', '5110', 1000, 'D', 'alice', 'bob', 2, 2),
                ('2', 'BU2', 2024, 1, 'J1', DATE '2024-04-05', DATE '2024-04-05', '2110', 1000, 'C', 'alice', 'bob', 2, 3),
                ('1', 'BU1', 2023, 1, 'J1', DATE '2023-04-05', DATE '2023-04-05', '5110', 50, 'D', 'alice', 'bob', 3, 2),
                ('2', 'BU1', 2023, 1, 'J1', DATE '2023-04-05', DATE '2023-04-05', '2110', 50, 'C', 'alice', 'bob', 3, 3);
                INSERT INTO risk_scores (gl_detail_id, journal_id, fiscal_year, business_unit_code, risk_score, risk_band,
                    journal_risk_score, journal_risk_band, violation_count) VALUES
                ('1', 'J1', 2024, 'BU1', 70, 'high', 70, 'high', 1),
                ('2', 'J1', 2024, 'BU1', 70, 'high', 70, 'high', 0),
                ('1', 'J1', 2024, 'BU2', 90, 'critical', 90, 'critical', 1),
                ('2', 'J1', 2024, 'BU2', 90, 'critical', 90, 'critical', 0);
                INSERT INTO rule_violations (gl_detail_id, journal_id, fiscal_year, business_unit_code, rule_id, category,
                    severity, score, message) VALUES
                ('1', 'J1', 2024, 'BU1', 'R1', 'amount', 'high', 60, 'e'),
                ('1', 'J1', 2024, 'BU2', 'R1', 'amount', 'high', 60, 'e');
                """);
    }

    @Test
    void holdsEachUnitsRowsAndTheTotalsOverBoth() {
        assertThat(db.rows("SELECT business_unit_code, debit_total, entry_count, journal_count FROM agg_by_period_account "
                + "WHERE fiscal_year = 2024 AND accounting_period = 1 AND gl_account_number = '5110' ORDER BY 1"))
            .containsExactly("*|1100.00|2|2", "BU1|100.00|1|1", "BU2|1000.00|1|1");
        assertThat(db.rows("SELECT business_unit_code, entry_count, journal_count, debit_total, flagged_journal_count, "
                + "critical_journal_count, high_journal_count FROM agg_dashboard_kpi WHERE fiscal_year = 2024 ORDER BY 1"))
            .containsExactly("*|6|3|1400.00|2|1|1", "BU1|4|2|400.00|1|0|1", "BU2|2|1|1000.00|1|1|0");
        assertThat(db.rows("SELECT business_unit_code, journal_count, line_count FROM agg_rule_violations "
                + "WHERE fiscal_year = 2024 ORDER BY 1")).containsExactly("*|2|2", "BU1|1|1", "BU2|1|1");
    }

    @Test
    void theUnitsRowsAddUpToTheTotalsInEveryTableWithAmounts() {
        for (String table : new String[] { "agg_by_period_account", "agg_by_date", "agg_by_user", "agg_by_department",
                "agg_account_activity", "agg_dashboard_kpi" }) {
            assertThat(db.rows("SELECT fiscal_year, sum(debit_total) FILTER (WHERE business_unit_code <> '*') = "
                    + "sum(debit_total) FILTER (WHERE business_unit_code = '*'), sum(entry_count) FILTER "
                    + "(WHERE business_unit_code <> '*') = sum(entry_count) FILTER (WHERE business_unit_code = '*') "
                    + "FROM " + table + " GROUP BY 1 ORDER BY 1")).as(table).containsExactly("2023|true|true",
                            "2024|true|true");
        }
        assertThat(db.rows("SELECT business_unit_code, sum(entry_count) FROM agg_amount_distribution "
                + "WHERE fiscal_year = 2024 GROUP BY 1 ORDER BY 1")).containsExactly("*|6", "BU1|4", "BU2|2");
    }

    @Test
    void ranksEachUnitsJournalsAndAllTogetherKeepingJournalOneOfEachApart() {
        assertThat(db.rows("SELECT business_unit_code, journal_id, risk_rank, overall_rank, journal_risk_band, "
                + "debit_total, violation_count FROM agg_high_risk WHERE fiscal_year = 2024 ORDER BY overall_rank"))
            .containsExactly("BU2|J1|1|1|critical|1000.00|1", "BU1|J1|1|2|high|100.00|1");
        assertThat(db.rows("SELECT business_unit_code, high_risk_journal_count FROM agg_by_user WHERE fiscal_year = 2024 "
                + "AND user_id = 'alice' ORDER BY 1")).containsExactly("*|2", "BU1|1", "BU2|1");
    }

    @Test
    void comparesEachUnitWithItsOwnPreviousYear() {
        assertThat(db.rows("SELECT business_unit_code, net_amount, prev_net_amount FROM agg_trend_yoy "
                + "WHERE fiscal_year = 2024 AND accounting_period = 1 AND gl_account_number = '5110' ORDER BY 1"))
            .containsExactly("*|1100.00|50.00", "BU1|100.00|50.00", "BU2|1000.00|null");
    }

}
