package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The ledger profile read off each fiscal-year and period convention, the self-calibration guard and the cap on high and
 * critical journals, on small ledgers of 300 journals.
 */
class LedgerCalibrationTests extends RulesLedgerTests {

    /** 300 two-line journals spread over the 12 months from {@code start}, periods given as an SQL expression. */
    private void journals(String start, int fiscalYear, String period, Map<String, String> more)
            throws SQLException {
        for (String side : List.of("D", "C")) {
            Map<String, String> columns = new java.util.LinkedHashMap<>(Map.of("j", "'J' || i", "id", "'L" + side
                    + "' || i", "dc", "'" + side + "'", "date", "CAST(DATE '" + start + "' + to_months(i % 12) AS DATE) + CAST(i % 20 AS INTEGER)",
                    "fy", String.valueOf(fiscalYear), "period", period, "acct", side.equals("D") ? "'6110'" : "'1110'",
                    "amt", "1000 + (i * 7919) % 90000"));
            columns.putAll(more);
            ledger.bulk(300, columns);
        }
    }

    /** Every rule over the test ledger's fiscal year 2024. */
    private AuditRunSummary runRules() throws SQLException {
        return RulesTestLedger.engine().run(ledger.connection, List.of(2024), "test");
    }

    private static LedgerProfile profile(AuditRunSummary summary) {
        return summary.profile();
    }

    @Test
    void readsStartYearNamingAndFiscalPeriods() throws Exception {
        journals("2024-04-01", 2024, "i % 12 + 1", Map.of());
        AuditRunSummary summary = runRules();
        assertThat(profile(summary)).satisfies(p -> {
            assertThat(p.fiscalYearStartMonth()).isEqualTo(4);
            assertThat(p.fiscalYearNaming()).isEqualTo("start_year");
            assertThat(p.periodNumbering()).isEqualTo("fiscal_period");
            assertThat(p.conventionsConfirmed()).isTrue();
            assertThat(p.holidayCalendar()).isEqualTo("JP");
            assertThat(p.materiality()).isEqualByComparingTo("100000000");
        });
        assertThat(hits("TIME_PERIOD_MISMATCH") + hits("TIME_OUTSIDE_FISCAL_YEAR")).isZero();
    }

    @Test
    void readsEndYearNamingAndCalendarMonthsAndAnExportStamp() throws Exception {
        journals("2023-04-01", 2024, "month(CAST(DATE '2023-04-01' + to_months(i % 12) AS DATE))",
                Map.of("modd", "DATE '2024-06-30'"));
        AuditRunSummary summary = runRules();
        assertThat(profile(summary)).satisfies(p -> {
            assertThat(p.fiscalYearStartMonth()).isEqualTo(4);
            assertThat(p.fiscalYearNaming()).isEqualTo("end_year");
            assertThat(p.periodNumbering()).isEqualTo("calendar_month");
            assertThat(p.lastModifiedTracksChanges()).isFalse();
        });
        assertThat(hits("TIME_PERIOD_MISMATCH") + hits("TIME_OUTSIDE_FISCAL_YEAR")).isZero();
        assertThat(summary.outcomes()).filteredOn(o -> o.ruleId().equals("APR_MODIFIED_AFTER_APPROVAL"))
            .singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo("not_applicable");
                assertThat(o.reason()).contains("export stamp");
            });
    }

    @Test
    void readsACalendarYearInDollarsWithItsOwnScaleAndCalendar() throws Exception {
        journals("2024-01-01", 2024, "i % 12 + 1", Map.of("amount_currency", "'USD'", "prep", "NULL", "appr", "NULL"));
        AuditRunSummary summary = runRules();
        assertThat(profile(summary)).satisfies(p -> {
            assertThat(p.fiscalYearStartMonth()).isEqualTo(1);
            assertThat(p.holidayCalendar()).isEqualTo("US");
            assertThat(p.materiality()).isEqualByComparingTo("100000");
            assertThat(p.materialitySource()).contains("the ledger");
            assertThat(p.magnitude()).isEqualByComparingTo("10000");
            assertThat(p.populated()).containsEntry("prepared_by", 0.0);
        });
        assertThat(summary.outcomes()).filteredOn(o -> o.ruleId().equals("ML_USER_OUTLIER")
                || o.ruleId().equals("APR_SELF_APPROVAL"))
            .allSatisfy(o -> assertThat(o.status()).isEqualTo("not_applicable"));
        assertThat(hits("TIME_OUTSIDE_FISCAL_YEAR")).isZero();
    }

    @Test
    void guardSilencesARuleThatHitsMostJournalsUnlessTheAuditorKeepsIt() throws Exception {
        journals("2024-04-01", 2024, "i % 12 + 1", Map.of("time", "TIME '23:30:00'"));
        AuditRunSummary guarded = RulesTestLedger.engine().run(ledger.connection, List.of(2024), "test",
                rule -> rule.id().equals("TIME_LATE_NIGHT"));
        assertThat(guarded.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo("non_discriminating");
            assertThat(o.journalShare()).isEqualTo(1.0);
            assertThat(o.reason()).contains("jaia.rules.always-weighted=TIME_LATE_NIGHT");
        });
        assertThat(count("SELECT count(*) FROM rule_violations WHERE rule_id = 'TIME_LATE_NIGHT' AND score = 0"))
            .isEqualTo(600);
        assertThat(count("SELECT count(*) FROM risk_scores WHERE journal_risk_band IN ('high', 'critical')")).isZero();

        AuditRules kept = RulesTestLedger.engine(new RulesSettings(null, null, 0, 0, 0, null, null, null, 0,
                List.of("TIME_LATE_NIGHT")));
        AuditRunSummary weighted = kept.run(ledger.connection, List.of(2024), "test",
                rule -> rule.id().equals("TIME_LATE_NIGHT"));
        assertThat(weighted.outcomes()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("ran"));
    }

    @Test
    void capKeepsAtMostTheConfiguredShareOfJournalsHighOrCriticalTheHighestRankedFirst() throws Exception {
        journals("2024-04-01", 2024, "i % 12 + 1", Map.of("prep", "'U02'", "appr", "'U02'"));
        ledger.execute("UPDATE journal_entries SET entry_time = TIME '23:30:00' WHERE journal_id IN ('J1', 'J2')");
        AuditRunSummary summary = RulesTestLedger.engine(new RulesSettings(null, null, 0, 0, 0, null, null, null,
                1.0, null)).run(ledger.connection, List.of(2024), "test",
                rule -> rule.id().equals("APR_SELF_APPROVAL") || rule.id().equals("TIME_LATE_NIGHT"));
        long flagged = count("SELECT count(DISTINCT journal_id) FROM risk_scores "
                + "WHERE journal_risk_band IN ('high', 'critical')");
        assertThat(flagged).isEqualTo(15);
        assertThat(summary.calibration().journalsCapped()).isEqualTo(285);
        assertThat(count("SELECT count(DISTINCT journal_id) FROM risk_scores WHERE journal_id IN ('J1', 'J2') "
                + "AND journal_risk_band = 'critical'")).as("the two journals with two findings rank first")
            .isEqualTo(2);
        assertThat(count("SELECT journals_capped FROM rule_runs WHERE run_id = " + summary.runId())).isEqualTo(285);
    }

    /** 300 two-line journals on the business days of April to September 2024, their effective dates in the lines. */
    private void weekdayJournals(int fiscalYear) throws SQLException {
        for (String side : List.of("D", "C")) {
            ledger.bulk(300, Map.of("j", "'J' || i", "id", "'L" + side + "' || i", "dc", "'" + side + "'", "date",
                    "DATE '2024-04-01' + CAST(7 * (i // 5) + i % 5 AS INTEGER)", "fy", String.valueOf(fiscalYear),
                    "period", "month(DATE '2024-04-01' + CAST(7 * (i // 5) + i % 5 AS INTEGER)) - 3", "acct",
                    side.equals("D") ? "'6110'" : "'1110'", "amt", "1000 + (i * 7919) % 90000"));
        }
    }

    @Test
    void aWeekendDateWeighsMoreInALedgerThatAlmostNeverPostsOnWeekends() throws Exception {
        weekdayJournals(2024);
        ledger.execute("UPDATE journal_entries SET effective_date = DATE '2024-04-06' WHERE journal_id = 'J7'");
        AuditRunSummary rare = RulesTestLedger.engine().run(ledger.connection, List.of(2024), "test",
                rule -> rule.id().equals("TIME_WEEKEND_EFFECTIVE"));
        assertThat(rare.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo("ran");
            assertThat(o.reason()).startsWith("weighs 60 instead of 20");
        });
        assertThat(count("SELECT count(*) FROM rule_violations WHERE rule_id = 'TIME_WEEKEND_EFFECTIVE' "
                + "AND journal_id = 'J7' AND score = 60")).isEqualTo(2);
        assertThat(count("SELECT count(DISTINCT journal_id) FROM risk_scores "
                + "WHERE journal_risk_band IN ('high', 'critical')")).isEqualTo(1);

        ledger.reset();
        weekdayJournals(2024);
        ledger.execute("UPDATE journal_entries SET effective_date = DATE '2024-04-06' WHERE CAST(substr(journal_id, 2) "
                + "AS INTEGER) % 25 = 0");
        AuditRunSummary common = RulesTestLedger.engine().run(ledger.connection, List.of(2024), "test",
                rule -> rule.id().equals("TIME_WEEKEND_EFFECTIVE"));
        assertThat(common.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.journalShare()).isEqualTo(0.04);
            assertThat(o.reason()).isNull();
        });
        assertThat(count("SELECT count(*) FROM rule_violations WHERE rule_id = 'TIME_WEEKEND_EFFECTIVE' "
                + "AND score <> 20")).isZero();
        assertThat(count("SELECT count(DISTINCT journal_id) FROM risk_scores "
                + "WHERE journal_risk_band IN ('high', 'critical')")).isZero();
    }

    @Test
    void rarityWeightFallsLogLinearlyToTheCatalogueScoreAtTwiceTheRareShare() {
        Rule.Rarity rarity = new Rule.Rarity(60, 0.005);
        assertThat(rarity.weight(20, 0.001)).isEqualTo(60);
        assertThat(rarity.weight(20, 0.005)).isEqualTo(60);
        assertThat(rarity.weight(20, Math.sqrt(2) * 0.005)).isCloseTo(40, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rarity.weight(20, 0.01)).isEqualTo(20);
        assertThat(rarity.weight(20, 0.5)).isEqualTo(20);
    }

    @Test
    void circularFlowFindsARingThatSkimsAtEveryHopWhateverTheOrderOfItsDates() throws Exception {
        weekdayJournals(2024);
        // 1110 -> 1120 -> 1130 -> 1140 -> 1110, each hop 1.5% less than the one before, dated in no particular order,
        // all within ten days; as liability accounts would book it, each hop debits the account the money leaves.
        String[][] hops = { { "R1", "1110", "1120", "2024-05-13", "800000" }, { "R2", "1120", "1130", "2024-05-20",
                "788000" }, { "R3", "1130", "1140", "2024-05-14", "776180" }, { "R4", "1140", "1110", "2024-05-16",
                        "764537" } };
        for (String[] hop : hops) {
            ledger.line(Map.of("j", hop[0], "id", hop[0] + "D", "acct", hop[1], "dc", "D", "amt", hop[4], "date",
                    hop[3], "period", "2"));
            ledger.line(Map.of("j", hop[0], "id", hop[0] + "C", "acct", hop[2], "dc", "C", "amt", hop[4], "date",
                    hop[3], "period", "2"));
        }
        RulesTestLedger.engine().run(ledger.connection, List.of(2024), "test",
                rule -> rule.id().equals("ACC_CIRCULAR_FLOW"));
        assertThat(RuleFixturesTests.column(ledger, "SELECT DISTINCT journal_id FROM rule_violations "
                + "WHERE rule_id = 'ACC_CIRCULAR_FLOW' ORDER BY 1")).containsExactly("R1", "R2", "R3", "R4");
    }

    private long hits(String ruleId) throws SQLException {
        return count("SELECT count(*) FROM rule_violations WHERE rule_id = '" + ruleId + "'");
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(RuleFixturesTests.column(ledger, sql).get(0));
    }


}
