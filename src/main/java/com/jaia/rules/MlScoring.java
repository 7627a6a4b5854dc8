package com.jaia.rules;

import java.sql.Connection;
import java.util.List;

import com.jaia.rules.ml.MlScorer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Has the ML scorer score the lines of the fiscal years into {@code ml_scores}; when there is no scorer or it fails,
 * the run goes on without ML and says so.
 */
final class MlScoring {

    private static final Logger log = LoggerFactory.getLogger(MlScoring.class);

    private final MlScorer scorer;

    /** @param scorer the scorer, or {@code null} to run the rules on whatever {@code ml_scores} already holds */
    MlScoring(MlScorer scorer) {
        this.scorer = scorer;
    }

    /** Scores the lines and returns the outcome: {@code scored}, or why there are no fresh ML scores. */
    String score(Connection duckDb, List<Integer> fiscalYears, long seed) {
        if (scorer == null) {
            return "not available: no ML scorer configured";
        }
        try {
            scorer.score(duckDb, fiscalYears, seed);
            return "scored";
        }
        catch (RuntimeException e) {
            log.warn("ML scoring failed; risk scores use the rules only", e);
            return "failed: " + e.getMessage();
        }
    }

}
