package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evaluation against labels on a small store whose scores are known, in a DuckDB file of its own. */
class EvaluationTests {

    @TempDir
    Path dir;

    Connection duckDb;

    @BeforeEach
    void store() throws Exception {
        duckDb = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("eval.duckdb"));
        try (Statement statement = duckDb.createStatement();
                InputStream schema = getClass().getResourceAsStream("/db/duckdb/030-rules.sql")) {
            String ddl = new String(schema.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\\n]*", "");
            for (String sql : ddl.split(";")) {
                if (!sql.isBlank()) {
                    statement.execute(sql);
                }
            }
            // BU1 FY2024: J1 and J2 labelled (J1 high, J2 low), J3..J6 clean (J6 high), J7 of FY2023 another ledger
            statement.execute("INSERT INTO risk_scores (gl_detail_id, journal_id, fiscal_year, business_unit_code, "
                    + "risk_score, risk_band, journal_risk_score, journal_risk_band, run_id) VALUES "
                    + "('J1-1', 'J1', 2024, 'BU1', 90, 'critical', 90, 'critical', 7),"
                    + "('J1-2', 'J1', 2024, 'BU1', 10, 'low', 90, 'critical', 7),"
                    + "('J2-1', 'J2', 2024, 'BU1', 30, 'low', 30, 'low', 7),"
                    + "('J3-1', 'J3', 2024, 'BU1', 30, 'low', 30, 'low', 7),"
                    + "('J4-1', 'J4', 2024, 'BU1', 20, 'low', 20, 'low', 7),"
                    + "('J5-1', 'J5', 2024, 'BU1', 10, 'minimal', 10, 'minimal', 7),"
                    + "('J6-1', 'J6', 2024, 'BU1', 80, 'high', 80, 'high', 7),"
                    + "('J1-1', 'J1', 2024, 'BU2', 95, 'critical', 95, 'critical', 7),"
                    + "('J7-1', 'J7', 2023, 'BU1', 99, 'critical', 99, 'critical', 6)");
            statement.execute("INSERT INTO rule_violations VALUES "
                    + "('J1-1', 'J1', 2024, 'BU1', 'AMT_ROUND', 'amount', 'high', 1, 'm', 7),"
                    + "('J1-2', 'J1', 2024, 'BU1', 'AMT_ROUND', 'amount', 'high', 1, 'm', 7),"
                    + "('J6-1', 'J6', 2024, 'BU1', 'AMT_ROUND', 'amount', 'high', 1, 'm', 7),"
                    + "('J3-1', 'J3', 2024, 'BU1', 'TIME_X', 'time', 'low', 1, 'm', 7),"
                    + "('J7-1', 'J7', 2023, 'BU1', 'TIME_X', 'time', 'low', 1, 'm', 6)");
            statement.execute("INSERT INTO rule_run_results (run_id, rule_id, status, hits) VALUES "
                    + "(7, 'AMT_ROUND', 'ran', 3), (7, 'TIME_X', 'non_discriminating', 1), "
                    + "(7, 'APR_SELF', 'not_applicable', 0), (6, 'TIME_X', 'ran', 1)");
        }
    }

    @Test
    void warnsAboutLabelledJournalsThatWereNeverLoadedAndLeavesThemOut() throws Exception {
        Path labels = Files.writeString(dir.resolve("labels.csv"), """
                business_unit_code,fiscal_year,journal_id,pattern,description
                BU1,2024,J1,round_amount,"round, 1,000,000"
                BU1,2024,J2,late_night,entered at 23:10
                BU1,2024,J99,late_night,never imported
                BU1,2025,J1,round_amount,same id in another year
                """);

        EvaluationReport report = Evaluation.evaluate(duckDb, labels);

        assertThat(report.unloadedJournals()).isEqualTo(2);
        assertThat(report.unloadedExamples()).containsExactlyInAnyOrder("BU1/2025/J1", "BU1/2024/J99");
        assertThat(report.format()).startsWith("warning: 2 labelled journals were never loaded");
        assertThat(report.labelledJournals()).isEqualTo(2);
        assertThat(report.detectedJournals()).isEqualTo(1);
        assertThat(report.cleanJournals()).as("J3..J6 of BU1 2024; BU2 and FY2023 are other ledgers").isEqualTo(4);
        assertThat(report.falsePositives()).isEqualTo(1);
        // J1 (90) beats all four clean; J2 (30) beats J4, J5, ties J3, loses to J6: (4 + 2.5) / 8
        assertThat(report.auc()).isCloseTo(6.5 / 8, within(1e-12));
        assertThat(report.patterns()).extracting(EvaluationReport.PatternRecall::pattern)
            .containsExactly("late_night", "round_amount");
    }

    @Test
    void reportsEachRulesHitRateAndStatusInTheLatestRun() throws Exception {
        Path labels = Files.writeString(dir.resolve("labels.csv"), """
                business_unit_code,fiscal_year,journal_id,pattern,description
                BU1,2024,J1,round_amount,x
                """);

        EvaluationReport report = Evaluation.evaluate(duckDb, labels);

        assertThat(report.rules()).extracting(EvaluationReport.RuleHits::ruleId)
            .containsExactly("AMT_ROUND", "TIME_X", "APR_SELF");
        EvaluationReport.RuleHits round = report.rules().get(0);
        assertThat(round.journals()).isEqualTo(2);
        assertThat(round.labelled()).isEqualTo(1);
        assertThat(round.hitRate()).isCloseTo(2 / 6.0, within(1e-12));
        assertThat(report.rules().get(1).status()).isEqualTo("non_discriminating");
        assertThat(report.format()).contains("non_discriminating", "not_applicable");
    }

    @Test
    void matchesOlderLabelsByJournalIdWithinTheYearsTheyWereLoadedIn() throws Exception {
        Path labels = Files.writeString(dir.resolve("labels.csv"), "journal_id,pattern,description\nJ2,x,y\n");

        EvaluationReport report = Evaluation.evaluate(duckDb, labels);

        assertThat(report.unloadedJournals()).isZero();
        assertThat(report.labelledJournals()).isEqualTo(1);
        assertThat(report.cleanJournals()).isEqualTo(5);
    }

    @Test
    void refusesAFileThatIsNotALabelsFile() throws Exception {
        Path labels = Files.writeString(dir.resolve("ledger.csv"), "gl_detail_id,amount\nA-1,100\n");

        assertThatThrownBy(() -> Evaluation.evaluate(duckDb, labels)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("needs the columns journal_id and pattern");
    }

}
