package com.jaia.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month-on-month and year-on-year trends, across the fiscal-year boundary, on {@link SmallLedger}.
 */
class TrendAggregatesTests {

    @TempDir
    Path dir;

    DuckDbFixture db;

    @BeforeEach
    void load() {
        db = new DuckDbFixture(dir);
        SmallLedger.load(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void comparesEachPeriodWithThePreviousOneAcrossTheYearEnd() {
        db.refresher().refresh(FiscalYears.allYears());

        assertThat(db.rows("""
                SELECT fiscal_year, accounting_period, gl_account_number, net_amount, entry_count, prev_fiscal_year,
                       prev_accounting_period, prev_net_amount, prev_entry_count, net_change, net_change_pct,
                       entry_count_change
                FROM overall_agg_trend_mom ORDER BY 1, 2, 3""")).containsExactly(
                "2024|1|1000|-13800.00|2|null|null|null|null|null|null|null",
                "2024|1|4000|-1200.00|1|null|null|null|null|null|null|null",
                "2024|1|5000|15000.00|1|null|null|null|null|null|null|null",
                "2024|2|1000|300.00|1|2024|1|-13800.00|2|14100.00|102.1739|-1",
                "2024|2|4000|-300.00|1|2024|1|-1200.00|1|900.00|75.0|0",
                "2024|2|5000|0.00|0|2024|1|15000.00|1|-15000.00|-100.0|-1",
                "2025|1|1000|900.00|1|2024|2|300.00|1|600.00|200.0|0",
                "2025|1|4000|-900.00|1|2024|2|-300.00|1|-600.00|-200.0|0");
    }

    @Test
    void comparesEachPeriodWithTheSamePeriodOfThePreviousYear() {
        db.refresher().refresh(FiscalYears.allYears());

        assertThat(db.rows("""
                SELECT fiscal_year, accounting_period, gl_account_number, net_amount, entry_count, prev_fiscal_year,
                       prev_net_amount, prev_entry_count, net_change, net_change_pct, entry_count_change
                FROM overall_agg_trend_yoy ORDER BY 1, 2, 3""")).containsExactly(
                "2024|1|1000|-13800.00|2|2023|null|null|null|null|null",
                "2024|1|4000|-1200.00|1|2023|null|null|null|null|null",
                "2024|1|5000|15000.00|1|2023|null|null|null|null|null",
                "2024|2|1000|300.00|1|2023|null|null|null|null|null",
                "2024|2|4000|-300.00|1|2023|null|null|null|null|null",
                "2025|1|1000|900.00|1|2024|-13800.00|2|14700.00|106.5217|-1",
                "2025|1|4000|-900.00|1|2024|-1200.00|1|300.00|25.0|0",
                "2025|1|5000|0.00|0|2024|15000.00|1|-15000.00|-100.0|-1");
    }

    @Test
    void refreshingAYearRecomputesTheFollowingYearsComparisons() {
        db.refresher().refresh(FiscalYears.of(2025));
        assertThat(db.rows("SELECT prev_net_amount FROM overall_agg_trend_yoy WHERE fiscal_year = 2025 "
                + "AND gl_account_number = '1000'")).containsExactly("null");

        db.refresher().refresh(FiscalYears.of(2024));

        assertThat(db.rows("SELECT prev_net_amount, net_change FROM overall_agg_trend_yoy WHERE fiscal_year = 2025 "
                + "AND gl_account_number = '1000'")).containsExactly("-13800.00|14700.00");
        assertThat(db.rows("SELECT prev_fiscal_year, prev_accounting_period, prev_net_amount FROM overall_agg_trend_mom "
                + "WHERE fiscal_year = 2025 AND gl_account_number = '1000'")).containsExactly("2024|2|300.00");
        assertThat(db.rows("SELECT count(*) FROM overall_agg_by_period_account WHERE fiscal_year = 2025"))
            .containsExactly("2");
    }

}
