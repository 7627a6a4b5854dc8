package com.jaia.rules.ml;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the ML anomaly scores are fitted.
 *
 * @param sampleSize lines per fiscal year drawn (deterministically, by a seeded hash of the line id) to fit the model
 * @param trees isolation trees in the forest
 * @param subsample lines each tree is grown on; its height limit is ceil(log2(subsample))
 * @param seed the seed of the sample and the trees: the same seed and ledger give the same scores
 */
@ConfigurationProperties("jaia.ml")
public record MlSettings(int sampleSize, int trees, int subsample, long seed) {

    public MlSettings {
        sampleSize = sampleSize == 0 ? 50_000 : sampleSize;
        trees = trees == 0 ? 100 : trees;
        subsample = subsample == 0 ? 256 : subsample;
        require(sampleSize >= 2, "jaia.ml.sample-size must be at least 2");
        require(trees >= 1 && trees <= 10_000, "jaia.ml.trees must be between 1 and 10000");
        require(subsample >= 2 && subsample <= 1 << 16, "jaia.ml.subsample must be between 2 and 65536");
    }

    /** The defaults: 50,000 sampled lines, 100 trees of 256 lines, seed 0. */
    public static MlSettings defaults() {
        return new MlSettings(0, 0, 0, 0);
    }

    /** These settings with another seed. */
    public MlSettings withSeed(long newSeed) {
        return new MlSettings(sampleSize, trees, subsample, newSeed);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

}
