package com.jaia.rules;

import java.sql.Connection;
import java.util.List;

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

    /** Scores the lines and returns the outcome: {@code scored}, or why there are no fresh ML scores. */
    Outcome score(Connection duckDb, List<Integer> fiscalYears, long seed) {
        if (scorer == null) {
            return new Outcome("not available: no ML scorer configured", 0);
        }
        try {
            return new Outcome("scored", scorer.score(duckDb, fiscalYears, seed).linesScored());
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
