package com.jaia.rules.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class IsolationForestTests {

    private static final double[] GROSS_OUTLIER = { 40, -35, 50 };

    @Test
    void scoresAnObviousOutlierAboveEveryInlier() {
        double[][] rows = gaussianCloud(2_000, 3, 7);
        IsolationForest forest = IsolationForest.fit(rows, 100, 256, 42);

        double outlier = forest.score(GROSS_OUTLIER);
        double highestInlier = 0;
        for (double[] row : gaussianCloud(500, 3, 8)) {
            highestInlier = Math.max(highestInlier, forest.score(row));
        }
        assertThat(outlier).isGreaterThan(0.7).isGreaterThan(highestInlier);
        assertThat(forest.score(new double[] { 0, 0, 0 })).isLessThan(0.5);
    }

    @Test
    void sameSeedGivesIdenticalScores() {
        double[][] rows = gaussianCloud(1_000, 3, 7);
        IsolationForest first = IsolationForest.fit(rows, 50, 128, 11);
        IsolationForest second = IsolationForest.fit(rows, 50, 128, 11);

        for (double[] row : gaussianCloud(200, 3, 9)) {
            assertThat(second.score(row)).isEqualTo(first.score(row));
        }
    }

    @Test
    void differentSeedGrowsDifferentTreesButKeepsAGrossOutlierOnTop() {
        double[][] rows = gaussianCloud(1_000, 3, 7);
        IsolationForest first = IsolationForest.fit(rows, 100, 256, 1);
        IsolationForest second = IsolationForest.fit(rows, 100, 256, 2);

        double[] inlier = { 0.3, -0.2, 0.1 };
        assertThat(second.score(inlier)).isNotEqualTo(first.score(inlier));
        for (IsolationForest forest : new IsolationForest[] { first, second }) {
            double outlier = forest.score(GROSS_OUTLIER);
            for (double[] row : rows) {
                assertThat(outlier).isGreaterThan(forest.score(row));
            }
        }
    }

    @Test
    void averagePathLengthFollowsTheBinarySearchTreeFormula() {
        assertThat(IsolationForest.averagePathLength(0)).isZero();
        assertThat(IsolationForest.averagePathLength(1)).isZero();
        assertThat(IsolationForest.averagePathLength(2)).isEqualTo(1);
        // c(n) = 2 H(n-1) - 2 (n-1) / n with H(i) ~ ln(i) + Euler's constant
        assertThat(IsolationForest.averagePathLength(256)).isCloseTo(10.2448, within(1e-4));
        assertThat(IsolationForest.averagePathLength(3)).isCloseTo(2 * (Math.log(2) + 0.5772156649) - 4.0 / 3,
                within(1e-9));
    }

    @Test
    void creditsPointsALeafCouldNotIsolateWithTheirExpectedPathLength() {
        double[][] identical = new double[300][];
        for (int i = 0; i < identical.length; i++) {
            identical[i] = new double[] { 5, 5 };
        }
        IsolationForest forest = IsolationForest.fit(identical, 10, 256, 3);

        // nothing varies, so every tree is one leaf of 256 points: h(x) = 0 + c(256) and s = 2^-1
        assertThat(forest.meanPathLength(new double[] { 5, 5 }))
            .isCloseTo(IsolationForest.averagePathLength(256), within(1e-12));
        assertThat(forest.score(new double[] { 5, 5 })).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void stopsGrowingAtTheHeightLimit() {
        IsolationForest forest = IsolationForest.fit(gaussianCloud(5_000, 2, 4), 20, 64, 5);

        assertThat(forest.heightLimit()).isEqualTo(6);
        for (IsolationTree tree : forest.trees()) {
            assertThat(tree.nodeCount()).isLessThanOrEqualTo((1 << 7) - 1);
        }
        assertThat(forest.meanPathLength(new double[] { 0, 0 }))
            .isLessThanOrEqualTo(6 + IsolationForest.averagePathLength(64));
    }

    @Test
    void compiledForestGivesExactlyTheTreeWalkPathLengths() {
        double[][] rows = gaussianCloud(3_000, 4, 12);
        IsolationForest forest = IsolationForest.fit(rows, 30, 256, 99);
        CompiledForest compiled = new CompiledForest(forest);
        double[][] probe = gaussianCloud(1_001, 4, 13);
        probe[500] = new double[] { 90, 90, -90, 0 };
        double[] block = new double[probe.length * 4];
        for (int r = 0; r < probe.length; r++) {
            System.arraycopy(probe[r], 0, block, r * 4, 4);
        }
        double[] meanPath = new double[probe.length];

        compiled.meanPathLengths(block, probe.length, 4, meanPath);

        for (int r = 0; r < probe.length; r++) {
            assertThat(meanPath[r]).isEqualTo(forest.meanPathLength(probe[r]));
        }
    }

    private static double[][] gaussianCloud(int n, int dimensions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] rows = new double[n][dimensions];
        for (double[] row : rows) {
            for (int d = 0; d < dimensions; d++) {
                double u1 = 1 - random.nextDouble();
                row[d] = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
            }
        }
        return rows;
    }

}
