package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What the rules API and the import summary report of a run's calibration: each rule's outcome per ledger (weighted,
 * non-discriminating, kept weighted by the auditor), the cap on flagged journals, and the stored ledger profile.
 */
class RuleOutcomeReportsTests extends RulesLedgerTests {

    RuleOutcomeReports reports;

    LedgerProfiles profiles;

    @BeforeAll
    void readers() {
        JdbcClient client = JdbcClient.create(new SingleConnectionDataSource(ledger.connection, true));
        reports = new RuleOutcomeReports(client);
        profiles = new LedgerProfiles(client);
    }

    /** 300 two-line journals of FY2024 (April start), one per day of a month, with the given extra columns. */
    private void journals(String businessUnit, Map<String, String> more) throws SQLException {
        for (String side : List.of("D", "C")) {
            Map<String, String> columns = new java.util.LinkedHashMap<>(Map.of("j", "'J' || i", "id",
                    "'" + businessUnit + side + "' || i", "dc", "'" + side + "'", "date",
                    "CAST(DATE '2024-04-01' + to_months(i % 12) AS DATE) + CAST(i % 20 AS INTEGER)", "fy", "2024",
                    "period", "i % 12 + 1", "acct", side.equals("D") ? "'6110'" : "'1110'", "amt",
                    "1000 + (i * 7919) % 90000", "business_unit_code", "'" + businessUnit + "'"));
            columns.putAll(more);
            ledger.bulk(300, columns);
        }
    }

    private static boolean lateNight(Rule rule) {
        return rule.id().equals("TIME_LATE_NIGHT") || rule.id().equals("APR_SELF_APPROVAL");
    }

    @Test
    void reportsANonDiscriminatingRuleWithItsHitSharePerLedger() throws Exception {
        journals("JP01", Map.of("time", "TIME '23:30:00'"));
        AuditRunSummary run = RulesTestLedger.engine().run(ledger.connection, List.of(2024), "test",
                RuleOutcomeReportsTests::lateNight);

        assertThat(reports.latest("JP01", 2024)).singleElement().satisfies(found -> {
            assertThat(found.runId()).isEqualTo(run.runId());
            assertThat(found.journals()).isEqualTo(300);
            assertThat(found.maxHitShare()).isEqualTo(0.2);
            assertThat(found.riskCap().maxFlaggedShare()).isEqualTo(0.05);
            assertThat(found.rules()).extracting(LedgerRuleOutcomes.RuleResult::ruleId)
                .containsExactly("APR_SELF_APPROVAL", "TIME_LATE_NIGHT");
            assertThat(found.rules().get(1)).satisfies(rule -> {
                assertThat(rule.status()).isEqualTo("non_discriminating");
                assertThat(rule.hits()).isEqualTo(600);
                assertThat(rule.journalsHit()).isEqualTo(300);
                assertThat(rule.journalShare()).isEqualTo(1.0);
                assertThat(rule.runJournalShare()).isEqualTo(1.0);
                assertThat(rule.reason()).contains("jaia.rules.max-hit-share");
                assertThat(rule.alwaysWeighted()).isFalse();
                assertThat(rule.overridden()).isFalse();
            });
            assertThat(found.rules().get(0).status()).isEqualTo("weighted");
            assertThat(found.rules().get(0).hits()).isZero();
        });
        assertThat(reports.latest("OTHER", null)).isEmpty();
        assertThat(reports.latest(null, 2023)).isEmpty();
    }

    @Test
    void saysWhichRuleTheAuditorKeptWeightedAboveTheLimit() throws Exception {
        journals("JP01", Map.of("time", "TIME '23:30:00'"));
        AuditRules kept = RulesTestLedger.engine(new RulesSettings(null, null, 0, 0, 0, null, null, null, 0,
                List.of("TIME_LATE_NIGHT")));
        AuditRunSummary run = kept.run(ledger.connection, List.of(2024), "test", RuleOutcomeReportsTests::lateNight);
        ledger.execute("UPDATE ledger_profiles SET import_id = 77 WHERE run_id = " + run.runId());

        LedgerRuleOutcomes.RuleResult lateNight = reports.latest("JP01", 2024).get(0).rules().get(1);
        assertThat(lateNight.status()).isEqualTo("weighted");
        assertThat(lateNight.alwaysWeighted()).isTrue();
        assertThat(lateNight.overridden()).isTrue();
        assertThat(lateNight.reason()).contains("100.0%", "jaia.rules.always-weighted");

        RunCalibration calibration = reports.ofImport(77).orElseThrow();
        assertThat(calibration.nonDiscriminating()).isEmpty();
        assertThat(calibration.keptWeighted()).containsExactly(new RunCalibration.RuleShare("TIME_LATE_NIGHT", 1.0));
        assertThat(String.join("\n", calibration.describe())).contains("non-discriminating rules: none",
                "kept weighted by jaia.rules.always-weighted: TIME_LATE_NIGHT 100.0%", "risk cap: at most 5%");
        assertThat(reports.ofImport(78)).isEmpty();
    }

    @Test
    void reportsTheCapPerLedgerAndTheLatestRunOnly() throws Exception {
        journals("JP01", Map.of("prep", "'U02'", "appr", "'U02'"));
        journals("JP02", Map.of());
        AuditRules engine = RulesTestLedger.engine(new RulesSettings(null, null, 0, 0, 0, null, null, null, 1.0, null));
        engine.run(ledger.connection, List.of(2024), "test", RuleOutcomeReportsTests::lateNight);
        AuditRunSummary latest = engine.run(ledger.connection, List.of(2024), "test",
                RuleOutcomeReportsTests::lateNight);
        ledger.execute("UPDATE ledger_profiles SET import_id = 78 WHERE run_id = " + latest.runId());

        List<LedgerRuleOutcomes> found = reports.latest(null, 2024);
        assertThat(found).extracting(LedgerRuleOutcomes::businessUnit).containsExactly("JP01", "JP02");
        assertThat(found).allSatisfy(l -> assertThat(l.runId()).isEqualTo(latest.runId()));
        assertThat(found.get(0).riskCap().journalsFlagged()).isEqualTo(15);
        assertThat(found.get(0).riskCap().journalsCapped()).isEqualTo(285);
        assertThat(found.get(0).rules().get(0)).satisfies(rule -> {
            assertThat(rule.ruleId()).isEqualTo("APR_SELF_APPROVAL");
            assertThat(rule.journalsHit()).isEqualTo(300);
            assertThat(rule.journalShare()).isEqualTo(1.0);
            assertThat(rule.runJournalShare()).isEqualTo(0.5);
        });
        assertThat(found.get(1).riskCap().journalsCapped()).isZero();
        assertThat(found.get(1).rules().get(0).journalsHit()).isZero();
        assertThat(found.get(0).runJournals()).isEqualTo(600);

        RunCalibration calibration = reports.ofImport(78).orElseThrow();
        assertThat(calibration.journalsCapped()).isEqualTo(285);
        assertThat(calibration.describe()).contains("risk cap: at most 5% of each ledger's journals high or critical; "
                + "285 journals moved down to medium");
    }

    @Test
    void readsTheStoredLedgerProfileOfAnImport() throws Exception {
        journals("JP01", Map.of());
        AuditRunSummary run = RulesTestLedger.engine().run(ledger.connection, List.of(2024), "test",
                RuleOutcomeReportsTests::lateNight);
        ledger.execute("UPDATE ledger_profiles SET import_id = 79 WHERE run_id = " + run.runId());

        RecordedLedgerProfile profile = profiles.ofImport(79).orElseThrow();
        assertThat(profile.runId()).isEqualTo(run.runId());
        assertThat(profile.fiscalYears()).containsExactly(2024);
        assertThat(profile.journals()).isEqualTo(300);
        assertThat(profile.fiscalYearNaming()).isEqualTo("start_year");
        assertThat(profile.periodNumbering()).isEqualTo("fiscal_period");
        assertThat(profile.conventionsConfirmed()).isTrue();
        assertThat(profile.conventionsSource()).isEqualTo("inferred from the ledger");
        assertThat(profile.currency()).isEqualTo("JPY");
        assertThat(profile.decimals()).isZero();
        assertThat(profile.materiality()).isEqualByComparingTo("100000000");
        assertThat(profile.materialitySource()).isEqualTo("default for JPY");
        assertThat(profile.amountPercentiles().p50()).isPositive();
        assertThat(profile.holidayCalendar()).isEqualTo("JP");
        assertThat(profile.populatedColumns()).extracting(RecordedLedgerProfile.ColumnFill::column)
            .contains("prepared_by");
        assertThat(String.join("\n", profile.describe())).contains("fiscal year from month 4 named by its start year",
                "JPY with 0 decimals", "materiality 100000000 (default for JPY)", "holiday calendar: JP");
        assertThat(profiles.ofImport(80)).isEmpty();
    }

}
