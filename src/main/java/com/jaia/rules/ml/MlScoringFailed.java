package com.jaia.rules.ml;

/**
 * Scoring did not complete; {@code ml_scores} was left as it was before the run.
 */
public class MlScoringFailed extends RuntimeException {

    MlScoringFailed(String message, Throwable cause) {
        super(message, cause);
    }

}
