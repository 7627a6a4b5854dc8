package com.jaia.rules.ml;

import java.time.Duration;
import java.util.List;

/**
 * What one ML scoring run wrote to {@code ml_scores}.
 *
 * @param fiscalYears the fiscal years whose rows were replaced
 * @param linesScored lines written, all years together
 * @param sampleLines lines the models were fitted on, all years together
 * @param trees isolation trees per fiscal year
 * @param seed the seed used
 * @param elapsed wall time of the run
 */
public record MlScoringResult(List<Integer> fiscalYears, long linesScored, long sampleLines, int trees, long seed,
        Duration elapsed) {

}
