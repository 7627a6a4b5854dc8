/**
 * Unsupervised ML anomaly scores per journal line, written to {@code ml_scores} for the rules stage to combine with
 * rule hits: an isolation forest of our own (fitted per fiscal year on a seeded sample, applied to every line) plus
 * robust z-scores (median and MAD) of each line against its account and its preparer. Features are computed in DuckDB
 * SQL ({@code ml_features.sql}), scores and texts combined per line in Java ({@code LineScore},
 * {@code FeatureExplanation}) and joined back to the lines by {@code ml_scores.sql}; see the README's
 * "ML anomaly scores".
 */
package com.jaia.rules.ml;
