package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.jaia.pipeline.JobFiles;
import org.junit.jupiter.api.Test;

/**
 * A whole rules run: results replaced per fiscal year, risk bands, applicability and reference data.
 */
class AuditRunTests {

    final AuditRules engine = RulesTestLedger.engine();

    @Test
    void rerunReplacesResultsWithoutDuplicatesAndLeavesOtherFiscalYearsAlone() throws Exception {
        try (RulesTestLedger ledger = new RulesTestLedger()) {
            ledger.line(Map.of("j", "A1", "amt", 1000000, "prep", "U02", "appr", "U02"));
            ledger.line(Map.of("j", "B1", "fy", 2025, "date", "2025-05-12", "amt", 1000000, "prep", "U02", "appr",
                    "U02"));
            engine.run(ledger.connection, List.of(2024, 2025), "test");
            long fy2025Run = count(ledger, "SELECT max(run_id) FROM rule_violations WHERE fiscal_year = 2025");
            long before = count(ledger, "SELECT count(*) FROM rule_violations WHERE fiscal_year = 2025");

            engine.run(ledger.connection, List.of(2024), "test");
            AuditRunSummary again = engine.run(ledger.connection, List.of(2024), "test");

            assertThat(count(ledger, "SELECT count(*) FROM (SELECT gl_detail_id, rule_id FROM rule_violations "
                    + "GROUP BY ALL HAVING count(*) > 1)")).isZero();
            assertThat(count(ledger, "SELECT count(*) FROM risk_scores WHERE fiscal_year = 2024")).isOne();
            assertThat(count(ledger, "SELECT min(run_id) FROM rule_violations WHERE fiscal_year = 2024"))
                .isEqualTo(again.runId());
            assertThat(count(ledger, "SELECT count(*) FROM rule_violations WHERE fiscal_year = 2025")).isEqualTo(before);
            assertThat(count(ledger, "SELECT max(run_id) FROM rule_violations WHERE fiscal_year = 2025"))
                .isEqualTo(fy2025Run);
        }
    }

    @Test
    void scoresSelfApprovedRoundAmountAsCriticalWithItsFactors() throws Exception {
        try (RulesTestLedger ledger = new RulesTestLedger()) {
            ledger.line(Map.of("j", "J1", "amt", 3000000, "prep", "U02", "appr", "U02"));
            ledger.line(Map.of("j", "J1", "amt", 3000000, "dc", "C", "acct", "2110", "prep", "U02", "appr", "U02"));
            ledger.line(Map.of("j", "J2", "amt", 12345));
            ledger.line(Map.of("j", "J2", "amt", 12345, "dc", "C", "acct", "2110"));
            engine.run(ledger.connection, List.of(2024), "test");
            List<String> j1 = RuleFixturesTests.column(ledger,
                    "SELECT journal_risk_band || ' ' || top_factors FROM risk_scores WHERE journal_id = 'J1'");
            assertThat(j1).allSatisfy(row -> assertThat(row).startsWith("critical").contains("APR_SELF_APPROVAL")
                .contains("AMT_ROUND_AMOUNT"));
            assertThat(RuleFixturesTests.column(ledger,
                    "SELECT DISTINCT journal_risk_band FROM risk_scores WHERE journal_id = 'J2'")).containsExactly("minimal");
        }
    }

    @Test
    void comparesJournalsWithinABusinessUnitOnly() throws Exception {
        try (RulesTestLedger ledger = new RulesTestLedger()) {
            // J1 of BU1 holds only a debit, J1 of BU2 only the matching credit: merged they would balance.
            ledger.line(Map.of("j", "J1", "business_unit_code", "BU1", "amt", 50000));
            ledger.line(Map.of("j", "J1", "business_unit_code", "BU2", "amt", 50000, "dc", "C", "acct", "2110"));
            // The same account, amount and date in two units is no duplicate entry.
            ledger.line(Map.of("j", "J2", "business_unit_code", "BU1", "amt", 70000, "acct", "6120"));
            ledger.line(Map.of("j", "J2", "business_unit_code", "BU1", "amt", 70000, "dc", "C", "acct", "2110"));
            ledger.line(Map.of("j", "J3", "business_unit_code", "BU2", "amt", 70000, "acct", "6120"));
            ledger.line(Map.of("j", "J3", "business_unit_code", "BU2", "amt", 70000, "dc", "C", "acct", "2110"));
            engine.run(ledger.connection, List.of(2024), "test");

            assertThat(RuleFixturesTests.column(ledger, "SELECT business_unit_code || ' ' || journal_id FROM "
                    + "rule_violations WHERE rule_id = 'AMT_UNBALANCED_JOURNAL' ORDER BY 1"))
                .containsExactly("BU1 J1", "BU2 J1");
            assertThat(count(ledger, "SELECT count(*) FROM rule_violations WHERE rule_id = 'AMT_DUPLICATE_ENTRY'"))
                .isZero();
            assertThat(count(ledger, "SELECT count(*) FROM risk_scores")).isEqualTo(6);
            assertThat(count(ledger, "SELECT count(DISTINCT (business_unit_code, journal_id)) FROM risk_scores"))
                .isEqualTo(4);
        }
    }

    @Test
    void reportsRulesWithoutTheirDataAsNotApplicable() throws Exception {
        try (RulesTestLedger ledger = new RulesTestLedger()) {
            ledger.line(Map.of("j", "J1"));
            ledger.execute("UPDATE journal_entries SET entry_time = NULL");
            AuditRunSummary summary = engine.run(ledger.connection, List.of(2024), "test");
            assertThat(summary.outcomes()).filteredOn(o -> o.ruleId().equals("TIME_LATE_NIGHT")).singleElement()
                .satisfies(o -> {
                    assertThat(o.status()).isEqualTo("not_applicable");
                    assertThat(o.reason()).contains("entry_time");
                });
            assertThat(summary.outcomes()).filteredOn(o -> o.ruleId().startsWith("ML_"))
                .allSatisfy(o -> assertThat(o.status()).isEqualTo("not_applicable"));
            assertThat(count(ledger, "SELECT count(*) FROM rule_run_results WHERE run_id = " + summary.runId()))
                .isEqualTo(summary.outcomes().size());
        }
    }

    @Test
    void infersAccountClassesFromNamesAndLetsOverridesWin() throws Exception {
        try (RulesTestLedger ledger = new RulesTestLedger()) {
            ledger.execute("INSERT INTO accounts (account_code, account_name, account_name_en, account_type) VALUES "
                    + "('7001', '仮払消費税', NULL, 'asset'), ('7002', NULL, 'Accounts receivable - trade', 'asset'), "
                    + "('7003', '雑収入', NULL, 'revenue'), ('7004', '関係会社売掛金', NULL, 'asset')");
            ledger.execute("INSERT INTO account_class_overrides (account_code, account_class, reason, updated_at) VALUES ('1510', 'suspense', 'test', now())");
            new ReferenceData(new JobFiles(java.nio.file.Path.of("jobs"))).refresh(ledger.connection);
            assertThat(RuleFixturesTests.column(ledger, "SELECT account_code || '=' || account_class || '/' || "
                    + "account_class_source FROM accounts WHERE account_code IN ('1110', '1190', '3210', '4110', '5110', "
                    + "'7001', '7002', '7003', '7004', '1510', '2210') ORDER BY account_code"))
                .containsExactly("1110=cash/inferred", "1190=suspense/inferred", "1510=suspense/override",
                        "2210=payable/inferred", "3210=equity/inferred", "4110=revenue/inferred",
                        "5110=cost_of_sales/inferred", "7001=tax/inferred", "7002=receivable/inferred",
                        "7003=revenue/inferred", "7004=intercompany/inferred");
        }
    }

    @Test
    void calendarHasJapaneseSubstituteAndCitizensHolidays() throws Exception {
        try (RulesTestLedger ledger = new RulesTestLedger()) {
            new ReferenceData(new JobFiles(java.nio.file.Path.of("jobs"))).refresh(ledger.connection);
            assertThat(RuleFixturesTests.column(ledger, "SELECT CAST(holiday_date AS VARCHAR) || ' ' || kind FROM holidays "
                    + "WHERE holiday_date IN ('2019-05-06', '2024-02-12', '2026-09-22', '2021-07-23', '2028-03-20') "
                    + "ORDER BY 1")).containsExactly("2019-05-06 substitute", "2021-07-23 national",
                            "2024-02-12 substitute", "2026-09-22 citizens", "2028-03-20 national");
            assertThat(count(ledger, "SELECT count(DISTINCT year(holiday_date)) FROM holidays "
                    + "WHERE holiday_date BETWEEN '2019-04-01' AND '2028-03-31'")).isEqualTo(10);
        }
    }

    static long count(RulesTestLedger ledger, String sql) throws Exception {
        return Long.parseLong(RuleFixturesTests.column(ledger, sql).get(0));
    }

}
