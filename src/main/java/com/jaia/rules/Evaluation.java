package com.jaia.rules;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the stored journal risk bands with a labels file ({@code journal_id, pattern, description}), over the fiscal
 * years its labelled journals belong to (other years in the store are another ledger).
 */
final class Evaluation {

    private Evaluation() {
    }

    static EvaluationReport evaluate(Connection duckDb, Path labels) throws SQLException {
        if (!Files.isRegularFile(labels)) {
            throw new IllegalArgumentException("no labels file at " + labels);
        }
        try (Statement statement = duckDb.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE eval_labels AS SELECT DISTINCT CAST(journal_id AS VARCHAR) "
                    + "AS journal_id, CAST(pattern AS VARCHAR) AS pattern FROM read_csv(" + RuleSql.literal(
                            labels.toAbsolutePath().toString()) + ", header = true, all_varchar = true)");
            statement.execute("CREATE OR REPLACE TEMP TABLE eval_journals AS SELECT journal_id, "
                    + "bool_or(journal_risk_band IN ('critical', 'high')) AS flagged FROM risk_scores "
                    + "WHERE fiscal_year IN (SELECT DISTINCT fiscal_year FROM risk_scores "
                    + "WHERE journal_id IN (SELECT journal_id FROM eval_labels)) GROUP BY journal_id");
            List<EvaluationReport.PatternRecall> patterns = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT pattern, count(*), count(*) FILTER (WHERE j.flagged) "
                    + "FROM eval_labels l LEFT JOIN eval_journals j USING (journal_id) GROUP BY pattern ORDER BY pattern")) {
                while (rows.next()) {
                    patterns.add(new EvaluationReport.PatternRecall(rows.getString(1), rows.getLong(2), rows.getLong(3)));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT "
                    + "(SELECT count(DISTINCT journal_id) FROM eval_labels), "
                    + "(SELECT count(DISTINCT l.journal_id) FROM eval_labels l JOIN eval_journals j USING (journal_id) "
                    + "WHERE j.flagged), "
                    + "(SELECT count(*) FROM eval_journals WHERE journal_id NOT IN (SELECT journal_id FROM eval_labels)), "
                    + "(SELECT count(*) FROM eval_journals WHERE flagged "
                    + "AND journal_id NOT IN (SELECT journal_id FROM eval_labels))")) {
                rows.next();
                return new EvaluationReport(patterns, rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4));
            }
        }
    }

}
