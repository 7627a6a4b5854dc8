package com.jaia.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The aggregates of the journal lines themselves, each against rows worked out by hand from {@link SmallLedger}.
 */
class LedgerAggregatesTests extends RefreshedStoreTests {

    @Override
    void fill(DuckDbFixture db) {
        SmallLedger.load(db);
    }

    @Test
    void sumsEachAccountPerPeriod() {
        assertThat(db.rows("""
                SELECT fiscal_year, accounting_period, gl_account_number, account_name, debit_total, credit_total,
                       net_amount, entry_count, journal_count, debit_count, credit_count, max_amount, weekend_count,
                       manual_count, first_date, last_date
                FROM overall_agg_by_period_account ORDER BY 1, 2, 3""")).containsExactly(
                "2024|1|1000|Cash|1200.00|15000.00|-13800.00|2|2|1|1|15000.00|1|1|2024-04-01|2024-04-06",
                "2024|1|4000|Sales|0.00|1200.00|-1200.00|1|1|0|1|1200.00|0|0|2024-04-01|2024-04-01",
                "2024|1|5000|Travel|15000.00|0.00|15000.00|1|1|1|0|15000.00|1|1|2024-04-06|2024-04-06",
                "2024|2|1000|Cash|300.00|0.00|300.00|1|1|1|0|300.00|0|0|2024-05-10|2024-05-10",
                "2024|2|4000|Sales|0.00|300.00|-300.00|1|1|0|1|300.00|0|0|2024-05-10|2024-05-10",
                "2025|1|1000|Cash|900.00|0.00|900.00|1|1|1|0|900.00|0|0|2025-04-01|2025-04-01",
                "2025|1|4000|Sales|0.00|900.00|-900.00|1|1|0|1|900.00|0|0|2025-04-01|2025-04-01");
    }

    @Test
    void countsEachPostingDay() {
        assertThat(db.rows("SELECT * FROM overall_agg_by_date ORDER BY fiscal_year, effective_date")).containsExactly(
                "2024|1|2024-04-01|1|false|1200.00|1200.00|2|1|1200.00",
                "2024|1|2024-04-06|6|true|15000.00|15000.00|2|1|15000.00",
                "2024|2|2024-05-10|5|false|300.00|300.00|2|1|300.00",
                "2025|1|2025-04-01|2|false|900.00|900.00|2|1|900.00");
    }

    @Test
    void bucketsAmountsByOrderOfMagnitude() {
        assertThat(db.rows("""
                SELECT fiscal_year, bucket_order, bucket_label, lower_bound, upper_bound, entry_count, debit_count,
                       credit_count, amount_total, round_amount_count, round(share_of_entries, 4),
                       round(share_of_amount, 4)
                FROM overall_agg_amount_distribution ORDER BY 1, 2""")).containsExactly(
                "2024|0|0 - 1,000|0.00|1000.00|2|1|1|600.00|0|0.3333|0.0182",
                "2024|1|1,000 - 10,000|1000.00|10000.00|2|1|1|2400.00|0|0.3333|0.0727",
                "2024|2|10,000 - 100,000|10000.00|100000.00|2|1|1|30000.00|2|0.3333|0.9091",
                "2025|0|0 - 1,000|0.00|1000.00|2|1|1|1800.00|0|1.0|1.0");
    }

    @Test
    void spreadsEntriesOverWeekdaysDaysOfMonthAndHours() {
        assertThat(db.rows("""
                SELECT fiscal_year, dimension, bucket, bucket_label, entry_count, amount_total,
                       round(share_of_entries, 4)
                FROM overall_agg_time_distribution ORDER BY 1, 2, 3""")).containsExactly(
                "2024|day_of_month|1|1|2|2400.00|0.3333",
                "2024|day_of_month|6|6|2|30000.00|0.3333",
                "2024|day_of_month|10|10|2|600.00|0.3333",
                "2024|hour|10|10:00|4|3000.00|0.6667",
                "2024|hour|23|23:00|2|30000.00|0.3333",
                "2024|weekday|1|Mon|2|2400.00|0.3333",
                "2024|weekday|5|Fri|2|600.00|0.3333",
                "2024|weekday|6|Sat|2|30000.00|0.3333",
                "2025|day_of_month|1|1|2|1800.00|1.0",
                "2025|hour|10|10:00|2|1800.00|1.0",
                "2025|weekday|2|Tue|2|1800.00|1.0");
    }

    @Test
    void summarisesApprovalsPerApprover() {
        assertThat(db.rows("SELECT * FROM overall_agg_approval_patterns ORDER BY fiscal_year, approved_by")).containsExactly(
                "2024|bob|Bob|100000.00|1|1|1200.00|1200.00|0|0|0.00|0|1|0.0|0",
                "2024|carol|Carol|10000.00|1|1|15000.00|15000.00|1|1|15000.00|0|1|0.0|0",
                "2024|null|null|null|1|1|300.00|300.00|0|0|0.00|0|0|null|null",
                "2025|bob|Bob|100000.00|1|1|900.00|900.00|0|0|0.00|0|0|1.0|1");
    }

    @Test
    void rollsUpEachAccountOverTheYear() {
        assertThat(db.rows("SELECT * FROM overall_agg_account_activity ORDER BY fiscal_year, gl_account_number"))
            .containsExactly(
                "2024|1000|Cash|asset|cash|true|3|2|1500.00|15000.00|-13500.00|5500.00|15000.00|2024-04-01|2024-05-10|1|1",
                "2024|4000|Sales|revenue|revenue|true|2|2|0.00|1500.00|-1500.00|750.00|1200.00|2024-04-01|2024-05-10|0|0",
                "2024|5000|Travel|expense|expense|true|1|1|15000.00|0.00|15000.00|15000.00|15000.00|2024-04-06|2024-04-06|1|1",
                "2025|1000|Cash|asset|cash|true|1|1|900.00|0.00|900.00|900.00|900.00|2025-04-01|2025-04-01|0|0",
                "2025|4000|Sales|revenue|revenue|true|1|1|0.00|900.00|-900.00|900.00|900.00|2025-04-01|2025-04-01|0|0");
    }

    @Test
    void testsBenfordsLawWithEveryDigitOfEachTest() {
        assertThat(db.rows("SELECT fiscal_year, test, count(*), sum(observed_count), round(sum(expected_share), 6) "
                + "FROM overall_agg_benford_distribution GROUP BY ALL ORDER BY ALL")).containsExactly(
                "2024|first|9|6|1.0", "2024|first_two|90|6|1.0", "2024|second|10|6|1.0",
                "2025|first|9|2|1.0", "2025|first_two|90|2|1.0", "2025|second|10|2|1.0");
        // 2024 amounts >= 10: 1200, 1200, 15000, 15000, 300, 300
        double expected = Math.log10(2);
        double observed = 4 / 6.0;
        double z = (Math.abs(observed - expected) - 1 / 12.0) / Math.sqrt(expected * (1 - expected) / 6);
        assertThat(db.rows("SELECT observed_count, total_count, round(observed_share, 6), round(expected_share, 6), "
                + "round(z_statistic, 6), significant FROM overall_agg_benford_distribution "
                + "WHERE fiscal_year = 2024 AND test = 'first' AND digit = 1"))
            .containsExactly("4|6|" + round(observed) + "|" + round(expected) + "|" + round(z) + "|false");
        assertThat(db.rows("SELECT digit, observed_count FROM overall_agg_benford_distribution "
                + "WHERE fiscal_year = 2024 AND test = 'second' AND observed_count > 0 ORDER BY digit"))
            .containsExactly("0|2", "2|2", "5|2");
        assertThat(db.rows("SELECT DISTINCT round(mad, 6), conformity FROM overall_agg_benford_distribution "
                + "WHERE fiscal_year = 2024 AND test = 'first'")).singleElement().satisfies(row -> {
                    assertThat(row).endsWith("|nonconformity");
                });
    }

    @Test
    void putsTheHeadlineFiguresOfEachYearOnTheDashboard() {
        assertThat(db.rows("""
                SELECT fiscal_year, entry_count, journal_count, debit_total, credit_total, out_of_balance,
                       account_count, user_count, vendor_count, department_count, period_count, first_date,
                       last_date, unknown_account_count, round(self_approved_rate, 4), round(weekend_entry_rate, 4),
                       violation_count, flagged_journal_count, critical_journal_count, high_journal_count,
                       round(avg_risk_score, 4), high_risk_amount, round(avg_ml_score, 4),
                       benford_first_digit_conformity
                FROM overall_agg_dashboard_kpi ORDER BY 1""")).containsExactly(
                "2024|6|3|16500.00|16500.00|0.00|3|2|1|1|2|2024-04-01|2024-05-10|0|0.3333|0.3333|3|1|1|0|39.1667"
                        + "|15000.00|0.425|nonconformity",
                "2025|2|1|900.00|900.00|0.00|2|1|0|0|1|2025-04-01|2025-04-01|0|0.0|0.0|0|0|0|0|null|0.00|null"
                        + "|nonconformity");
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 1e6) / 1e6);
    }

}
