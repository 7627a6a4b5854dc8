package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;

import com.jaia.generator.LedgerGenerator;
import com.jaia.masters.MasterLoader;
import com.jaia.observability.Phases;
import com.jaia.pipeline.FiscalYears;
import com.jaia.pipeline.JobFiles;
import com.jaia.rules.ml.MlScorer;
import com.jaia.rules.ml.MlSettings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Detection quality on a small labelled ledger of each generator profile, scored by the rules and the ML scorer as in
 * production: at least 98% of the injected journals high or critical, at most 3% of the clean ones, ROC AUC at least
 * 0.95, and no rule that hits more than the guard's share of a ledger's journals still weighing in.
 */
class DetectionQualityTests {

    private static final int LINES = 20000;

    private static final long SEED = 42;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "standard", "jp-end-year", "us-transfers", "gb-group" })
    void injectedJournalsRankHighAndCleanOnesDoNot(String profileName) throws Exception {
        com.jaia.generator.LedgerProfile profile = com.jaia.generator.LedgerProfile.named(profileName);
        LedgerGenerator generator = new LedgerGenerator(SEED, LedgerGenerator.DEFAULT_FISCAL_YEAR,
                profile.defaultAnomalyRate(), profile, 0);
        Path ledgerFile = dir.resolve("ledger.csv");
        Path labels = dir.resolve("labels.csv");
        generator.generate(LINES, ledgerFile, labels);
        generator.writeMasters(dir.resolve("masters"));
        RulesSettings settings = RulesSettings.defaults();

        try (RulesTestLedger ledger = new RulesTestLedger()) {
            ledger.execute("DELETE FROM accounts; DELETE FROM users; DELETE FROM departments; DELETE FROM vendors");
            new MasterLoader(new SingleConnectionDataSource(ledger.connection, true))
                .loadDirectory(dir.resolve("masters"), true, "test");
            load(ledger, ledgerFile);
            List<Integer> fiscalYears = RuleFixturesTests.column(ledger,
                    "SELECT DISTINCT fiscal_year FROM journal_entries ORDER BY 1").stream().map(Integer::valueOf)
                .toList();
            JobFiles files = new JobFiles(Path.of("jobs"));
            AuditRules engine = new AuditRules(() -> RuleCatalogue.load(files, settings), files, settings,
                    RiskSettings.defaults());
            FiscalYears scope = new FiscalYears(new TreeSet<>(fiscalYears), false);
            String ml = new MlScoring(new MlScorer(MlSettings.defaults())).score(ledger.connection, scope,
                    settings.mlSeed()).status();
            assertThat(ml).isEqualTo("scored");
            List<AuditRunSummary> runs = engine.run(ledger.connection, scope, "test", null, ml, Phases.NONE);
            assertThat(runs).as("one run per business unit").hasSize(1);
            AuditRunSummary summary = runs.get(0);

            EvaluationReport report = Evaluation.evaluate(ledger.connection, labels);
            assertThat(report.labelledJournals()).as("labelled journals").isGreaterThanOrEqualTo(20);
            assertThat(report.detectedJournals() / (double) report.labelledJournals()).as("recall\n%s", report.format())
                .isGreaterThanOrEqualTo(0.98);
            assertThat(report.falsePositives() / (double) report.cleanJournals()).as("clean journals flagged")
                .isLessThanOrEqualTo(0.03);
            assertThat(report.auc()).as("ROC AUC").isGreaterThanOrEqualTo(0.95);

            assertThat(summary.outcomes()).as("rules over the hit share of the run")
                .filteredOn(o -> o.journalShare() > settings.maxHitShare())
                .allSatisfy(o -> assertThat(o.status()).isEqualTo("non_discriminating"));
            assertThat(RuleFixturesTests.column(ledger, """
                    WITH ledgers AS (SELECT fiscal_year, business_unit_code, count(DISTINCT journal_id) AS journals
                                     FROM journal_entries GROUP BY ALL HAVING count(DISTINCT journal_id) >= 200)
                    SELECT v.rule_id || ' in ' || v.fiscal_year FROM rule_violations v
                    JOIN ledgers l USING (fiscal_year, business_unit_code)
                    GROUP BY v.rule_id, v.fiscal_year, l.journals
                    HAVING count(DISTINCT v.journal_id) > %s * l.journals AND max(v.score) > 0
                    """.formatted(settings.maxHitShare())))
                .as("rules weighted although they hit more than the guard's share of a ledger's journals").isEmpty();
        }
    }

    /** The generated file straight into journal_entries, as the load step would store it. */
    private static void load(RulesTestLedger ledger, Path file) throws SQLException {
        String text = "'VARCHAR'";
        try (PreparedStatement insert = ledger.connection.prepareStatement("""
                INSERT INTO journal_entries BY NAME
                SELECT *, 1 AS import_id, row_number() OVER () AS source_line_number
                FROM read_csv(?, header = true, types = {'gl_detail_id': %1$s, 'business_unit_code': %1$s,
                    'journal_id': %1$s, 'gl_account_number': %1$s, 'je_line_description': %1$s, 'source': %1$s,
                    'vendor_code': %1$s, 'dept_code': %1$s, 'prepared_by': %1$s, 'approved_by': %1$s,
                    'last_modified_by': %1$s})
                """.formatted(text))) {
            insert.setString(1, file.toString());
            insert.execute();
        }
        ledger.execute("UPDATE journal_entries SET account_known = gl_account_number IN (SELECT account_code FROM accounts)");
    }

}
