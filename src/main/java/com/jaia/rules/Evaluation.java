package com.jaia.rules;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jaia.duckdb.SqlScript;

/**
 * Compares the stored journal risk scores and bands with a labels file, over the business units and fiscal years its
 * labelled journals belong to (other units and years in the store are other ledgers): recall, false positives and ROC
 * AUC overall and per pattern, each rule's hit rate, and the labelled journals that were never loaded.
 */
final class Evaluation {

    private Evaluation() {
    }

    static EvaluationReport evaluate(Connection duckDb, Path labels) throws SQLException {
        EvaluationLabels.load(duckDb, labels);
        try (Statement statement = duckDb.createStatement()) {
            for (String sql : SqlScript.read("com/jaia/rules/evaluation-journals.sql").split(";\\s*(\\n|$)")) {
                if (!sql.replaceAll("(?m)^\\s*--.*$", "").isBlank()) {
                    statement.execute(sql);
                }
            }
            Map<String, Scores> byPattern = new LinkedHashMap<>();
            Scores labelled = new Scores();
            List<String> unloaded = new ArrayList<>();
            long unloadedCount = 0;
            try (ResultSet rows = statement.executeQuery("SELECT pattern, label_business_unit, label_fiscal_year, "
                    + "journal_id, score, flagged FROM eval_labelled ORDER BY pattern, label_fiscal_year, journal_id")) {
                while (rows.next()) {
                    double score = rows.getDouble(5);
                    if (rows.wasNull()) {
                        unloadedCount++;
                        if (unloaded.size() < 5) {
                            unloaded.add(key(rows.getString(2), rows.getString(3), rows.getString(4)));
                        }
                        continue;
                    }
                    byPattern.computeIfAbsent(rows.getString(1), p -> new Scores()).add(score, rows.getBoolean(6));
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT max(score), bool_or(flagged) FROM eval_labelled "
                    + "WHERE score IS NOT NULL GROUP BY business_unit_code, fiscal_year, journal_id")) {
                while (rows.next()) {
                    labelled.add(rows.getDouble(1), rows.getBoolean(2));
                }
            }
            Scores clean = new Scores();
            try (ResultSet rows = statement.executeQuery("SELECT score, flagged FROM eval_clean")) {
                while (rows.next()) {
                    clean.add(rows.getDouble(1), rows.getBoolean(2));
                }
            }
            List<EvaluationReport.PatternRecall> patterns = new ArrayList<>();
            byPattern.forEach((pattern, scores) -> patterns.add(new EvaluationReport.PatternRecall(pattern,
                    scores.count(), scores.flagged(), RocAuc.of(scores.values(), clean.values()))));
            return new EvaluationReport(patterns, labelled.count(), labelled.flagged(), clean.count(), clean.flagged(),
                    RocAuc.of(labelled.values(), clean.values()), unloadedCount, unloaded,
                    ruleHits(statement, labelled.count(), clean.count()));
        }
    }

    private static List<EvaluationReport.RuleHits> ruleHits(Statement statement, long labelled, long clean)
            throws SQLException {
        List<EvaluationReport.RuleHits> rules = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(SqlScript.read("com/jaia/rules/evaluation-rules.sql"))) {
            while (rows.next()) {
                rules.add(new EvaluationReport.RuleHits(rows.getString(1), rows.getString(2), rows.getLong(3),
                        rows.getLong(4), labelled, clean));
            }
        }
        return rules;
    }

    private static String key(String businessUnit, String fiscalYear, String journalId) {
        return (businessUnit == null ? "" : businessUnit + "/") + (fiscalYear == null ? "" : fiscalYear + "/")
                + journalId;
    }

    /** The scores of a group of journals and how many of them are flagged. */
    private static final class Scores {

        private double[] values = new double[1024];
        private int count;
        private long flagged;

        void add(double score, boolean isFlagged) {
            if (count == values.length) {
                values = java.util.Arrays.copyOf(values, count * 2);
            }
            values[count++] = score;
            flagged += isFlagged ? 1 : 0;
        }

        long count() {
            return count;
        }

        long flagged() {
            return flagged;
        }

        double[] values() {
            return java.util.Arrays.copyOf(values, count);
        }

    }

}
