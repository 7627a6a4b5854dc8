package com.jaia.rules.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlScorerTests {

    private static final int LINES_PER_YEAR = 3_000;

    @TempDir
    Path dir;

    private Connection duckDb;

    private final MlScorer scorer = new MlScorer(new MlSettings(1_000, 100, 256, 42));

    @BeforeEach
    void ledgerOfTwoFiscalYears() throws Exception {
        duckDb = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("jaia.duckdb"));
        SyntheticLedger.applySchema(duckDb);
        SyntheticLedger.insert(duckDb, 2023, LINES_PER_YEAR, false);
        SyntheticLedger.insert(duckDb, 2024, LINES_PER_YEAR, true);
    }

    @AfterEach
    void close() throws SQLException {
        duckDb.close();
    }

    @Test
    void scoresEveryLineOfTheRequestedYearsBetweenZeroAndOne() throws SQLException {
        MlScoringResult result = scorer.score(duckDb, List.of(2024, 2023), 42);

        assertThat(result.fiscalYears()).containsExactly(2023, 2024);
        assertThat(result.linesScored()).isEqualTo(2L * LINES_PER_YEAR);
        assertThat(result.sampleLines()).isEqualTo(2_000);
        assertThat(query("SELECT count(*) FROM ml_scores WHERE ml_score BETWEEN 0 AND 1 AND isolation_score > 0"
                + " AND isolation_score < 1 AND account_outlier_score BETWEEN 0 AND 1"
                + " AND user_outlier_score BETWEEN 0 AND 1")).containsExactly(String.valueOf(2 * LINES_PER_YEAR));
        assertThat(query("SELECT count(DISTINCT gl_detail_id) FROM ml_scores")).containsExactly("6000");
        assertThat(duckDb.getAutoCommit()).isTrue();
    }

    @Test
    void twoRunsWithTheSameSeedWriteIdenticalScores() throws SQLException {
        scorer.score(duckDb, List.of(2024), 42);
        List<String> first = allScores();
        scorer.score(duckDb, List.of(2024), 42);

        assertThat(allScores()).isEqualTo(first);
    }

    @Test
    void rerunReplacesTheYearsRowsInsteadOfAddingToThem() throws SQLException {
        scorer.score(duckDb, List.of(2024), 42);
        scorer.score(duckDb, List.of(2024), 7);

        assertThat(query("SELECT count(*), count(DISTINCT gl_detail_id) FROM ml_scores"))
            .containsExactly(LINES_PER_YEAR + "|" + LINES_PER_YEAR);
    }

    @Test
    void leavesFiscalYearsItWasNotAskedForUntouched() throws SQLException {
        scorer.score(duckDb, List.of(2023, 2024), 42);
        List<String> before = query("SELECT * FROM ml_scores WHERE fiscal_year = 2023 ORDER BY gl_detail_id");

        scorer.score(duckDb, List.of(2024), 7);

        assertThat(query("SELECT * FROM ml_scores WHERE fiscal_year = 2023 ORDER BY gl_detail_id")).isEqualTo(before);
        assertThat(query("SELECT count(*) FROM ml_scores")).containsExactly(String.valueOf(2 * LINES_PER_YEAR));
    }

    @Test
    void ranksInjectedOutliersInTheTopPercent() throws SQLException {
        scorer.score(duckDb, List.of(2024), 42);

        List<String> injected = query("SELECT gl_detail_id FROM journal_entries WHERE fiscal_year = 2024"
                + " AND je_line_description = 'injected' ORDER BY 1");
        List<String> topPercent = query("SELECT gl_detail_id FROM ml_scores WHERE fiscal_year = 2024"
                + " ORDER BY ml_score DESC, gl_detail_id LIMIT " + LINES_PER_YEAR / 100);
        assertThat(injected).hasSize(20);
        assertThat(topPercent).containsAll(injected);
    }

    @Test
    void explainsOutliersByTheirMostUnusualFeatures() throws SQLException {
        scorer.score(duckDb, List.of(2024), 42);

        assertThat(query("SELECT DISTINCT s.top_features LIKE '%MAD above account median%' FROM ml_scores s JOIN"
                + " journal_entries j USING (gl_detail_id) WHERE j.journal_id = 'J2024-7'")).containsExactly("true");
        assertThat(query("SELECT s.top_features FROM ml_scores s JOIN journal_entries j USING (gl_detail_id)"
                + " WHERE j.journal_id = 'J2024-77' AND j.journal_id_line_number = 1").get(0))
            .contains("entry hour 23").contains("entered 90 days after the effective date");
        assertThat(query("SELECT count(*) FILTER (WHERE top_features = '') > 2500 FROM ml_scores"))
            .containsExactly("true");
    }

    private List<String> allScores() throws SQLException {
        return query("SELECT * FROM ml_scores ORDER BY gl_detail_id");
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = duckDb.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(c == 1 ? "" : "|").append(result.getString(c));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

}
