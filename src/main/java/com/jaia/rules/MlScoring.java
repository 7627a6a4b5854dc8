package com.jaia.rules;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import com.jaia.pipeline.FiscalYears;
import com.jaia.rules.ml.MlScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;

/**
 * Has the ML scorer score the lines of the fiscal years into {@code ml_scores}; when there is no scorer or it fails,
 * the run goes on without ML and says so. {@code scoreAnomaliesStep} scores and records the outcome in the job's
 * context; {@code runAuditRulesStep} reads it there to know whether its risk scores can use {@code ml_scores}.
 */
final class MlScoring {

    /** Job execution context key: the outcome of the job's ML scoring ({@link Outcome#status()}). */
    static final String STATUS = "jaia.ml.status";

    private static final Logger log = LoggerFactory.getLogger(MlScoring.class);

    private final MlScorer scorer;

    /** @param scorer the scorer, or {@code null} to run the rules on whatever {@code ml_scores} already holds */
    MlScoring(MlScorer scorer) {
        this.scorer = scorer;
    }

    /**
     * Scores the lines of the ledgers of {@code scope} that hold lines, one model per ledger (other ledgers keep their
     * scores), and returns the outcome: {@code scored}, or why there are no fresh ML scores.
     */
    Outcome score(Connection duckDb, FiscalYears scope, long seed) {
        if (scorer == null) {
            return new Outcome("not available: no ML scorer configured", 0);
        }
        try {
            SortedMap<String, List<Integer>> units = ScopeLedgers.byBusinessUnit(duckDb, scope);
            if (units.isEmpty()) {
                return new Outcome("not available: no journal lines", 0);
            }
            long lines = 0;
            for (Map.Entry<String, List<Integer>> unit : units.entrySet()) {
                lines += scorer.score(duckDb, unit.getValue(), unit.getKey(), seed).linesScored();
            }
            return new Outcome("scored", lines);
        }
        catch (SQLException e) {
            log.warn("ML scoring failed; risk scores use the rules only", e);
            return new Outcome("failed: " + e.getMessage(), 0);
        }
        catch (RuntimeException e) {
            log.warn("ML scoring failed; risk scores use the rules only", e);
            return new Outcome("failed: " + e.getMessage(), 0);
        }
    }

    /** What the job's {@code scoreAnomaliesStep} recorded; a job that scored nothing says why. */
    static String statusOf(JobExecution job) {
        return job.getExecutionContext().getString(STATUS, "not available: the job did not score anomalies");
    }

    /**
     * The outcome of one scoring.
     *
     * @param status {@code scored}, or why there are no fresh ML scores ({@code failed: …}, {@code not available: …})
     * @param lines the lines scored
     */
    record Outcome(String status, long lines) {

        void record(JobExecution job) {
            job.getExecutionContext().putString(STATUS, status);
        }

    }

}
