package com.jaia.aggregates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The aggregates that summarise people, departments, vendors and the rules' scores and violations, each against rows
 * worked out by hand from {@link SmallLedger}.
 */
class RiskAggregatesTests extends RefreshedStoreTests {

    @Override
    void fill(DuckDbFixture db) {
        SmallLedger.load(db);
    }

    @Test
    void listsCriticalAndHighJournalsRiskiestFirst() {
        assertThat(db.rows("SELECT * FROM overall_agg_high_risk ORDER BY fiscal_year, risk_rank")).containsExactly(
                "2024|J2|BU1|1|92.0|critical|0.95|1|2024-04-06|2024-04-06|carol|carol|2|15000.00|15000.00|1000,5000"
                        + "|3|APR_SELF_APPROVAL,TIM_WEEKEND|factors of 3");
    }

    @Test
    void summarisesEachPreparer() {
        assertThat(db.rows("SELECT * FROM overall_agg_by_user ORDER BY fiscal_year, user_id")).containsExactly(
                "2024|alice|Alice|D1|4|2|1500.00|1500.00|0|2|0|0|15.0|25.0|0|0|0|2|2|0",
                "2024|carol|Carol|D2|2|1|15000.00|15000.00|2|0|2|2|87.5|90.0|2|0|0|0|0|1",
                "2025|alice|Alice|D1|2|1|900.00|900.00|0|0|0|0|null|null|0|0|0|0|0|0");
    }

    @Test
    void summarisesEachDepartmentWithLinesWithoutOneTogether() {
        assertThat(db.rows("SELECT * FROM overall_agg_by_department ORDER BY fiscal_year, dept_code NULLS LAST"))
            .containsExactly(
                "2024|D1|Sales|2|15000.00|15000.00|0.00|87.5|90.0|2|0|0|0|0|2",
                "2024|null|null|4|1500.00|1500.00|0.00|15.0|25.0|0|0|0|2|2|0",
                "2025|null|null|2|900.00|900.00|0.00|null|null|0|0|0|0|0|0");
    }

    @Test
    void summarisesEachVendor() {
        assertThat(db.rows("SELECT * FROM overall_agg_by_vendor ORDER BY fiscal_year, vendor_code")).containsExactly(
                "2024|V1|Acme|true|2|15000.00|15000.00|0.00|15000.00|2024-04-06|2024-04-06|87.5|90.0|2");
    }

    @Test
    void countsEachRulesHitsPerPeriod() {
        assertThat(db.rows("SELECT * FROM overall_agg_rule_violations ORDER BY fiscal_year, rule_id")).containsExactly(
                "2024|1|APR_SELF_APPROVAL|approval|high|2|2|1|30000.00|70.0|70.0",
                "2024|1|TIM_WEEKEND|time|medium|1|1|1|15000.00|40.0|40.0");
    }

    @Test
    void spreadsEachPeriodsLinesOverTheRiskBands() {
        assertThat(db.rows("SELECT fiscal_year, accounting_period, risk_band, line_count, amount_total, "
                + "avg_risk_score, max_risk_score, round(avg_ml_score, 4), flagged_line_count, violation_count "
                + "FROM overall_agg_anomaly_summary ORDER BY 1, 2, 3")).containsExactly(
                "2024|1|critical|2|30000.00|87.5|90.0|0.9|2|3",
                "2024|1|low|2|2400.00|25.0|25.0|0.325|0|0",
                "2024|2|minimal|2|600.00|5.0|5.0|0.05|0|0",
                "2025|1|unscored|2|1800.00|null|null|null|0|0");
    }

    @Test
    void distributesTheMlScoresOverTenBuckets() {
        assertThat(db.rows("SELECT bucket, lower_bound, upper_bound, line_count, round(share_of_lines, 4), "
                + "round(cumulative_share, 4), top_method, high_risk_line_count, avg_risk_score FROM overall_agg_ml_scores "
                + "WHERE fiscal_year = 2024 ORDER BY bucket")).containsExactly(
                "0|0.0|0.1|2|0.3333|0.3333|account_robust_z|0|5.0",
                "1|0.1|0.2|0|0.0|0.3333|null|0|null",
                "2|0.2|0.3|0|0.0|0.3333|null|0|null",
                "3|0.3|0.4|2|0.3333|0.6667|account_robust_z|0|25.0",
                "4|0.4|0.5|0|0.0|0.6667|null|0|null",
                "5|0.5|0.6|0|0.0|0.6667|null|0|null",
                "6|0.6|0.7|0|0.0|0.6667|null|0|null",
                "7|0.7|0.8|0|0.0|0.6667|null|0|null",
                "8|0.8|0.9|1|0.1667|0.8333|isolation_forest|1|85.0",
                "9|0.9|1.0|1|0.1667|1.0|isolation_forest|1|90.0");
        assertThat(db.rows("SELECT * FROM overall_agg_ml_scores WHERE fiscal_year = 2025")).isEmpty();
    }

}
