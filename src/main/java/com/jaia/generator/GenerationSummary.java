package com.jaia.generator;

import java.nio.file.Path;

/**
 * What one run of the generator wrote.
 *
 * @param ledger the ledger file
 * @param lines journal lines written (without the header)
 * @param journals journals written
 * @param anomalousJournals journals that carry an injected anomaly (rows of the labels file)
 * @param noisyAmounts lines whose amounts are written with floating-point noise
 */
public record GenerationSummary(Path ledger, long lines, long journals, long anomalousJournals, long noisyAmounts) {
}
