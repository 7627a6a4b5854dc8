package com.jaia.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class RocAucTests {

    @Test
    void isOneWhenEveryPositiveOutranksEveryNegativeAndZeroWhenReversed() {
        assertThat(RocAuc.of(new double[] { 90, 80, 70 }, new double[] { 10, 20, 69.9 })).isEqualTo(1.0);
        assertThat(RocAuc.of(new double[] { 10, 20 }, new double[] { 30, 40, 50 })).isEqualTo(0.0);
    }

    @Test
    void countsTiesAsOneHalf() {
        assertThat(RocAuc.of(new double[] { 50, 50 }, new double[] { 50, 50, 50 })).isEqualTo(0.5);
        // pairs: 3 vs {1,3,3,5} = 1 + 0.5 + 0.5 + 0; 4 vs {...} = 3; 5 vs {...} = 3 + 0.5 -> 8.5 / 12
        assertThat(RocAuc.of(new double[] { 3, 4, 5 }, new double[] { 1, 3, 3, 5 })).isCloseTo(8.5 / 12, within(1e-12));
    }

    @Test
    void matchesTheMannWhitneyRankSumWithTies() {
        // ranks of {1, 2, 2, 3, 3, 3, 4}: 1, 2.5, 2.5, 5, 5, 5, 7; positives {2, 3, 4} have 2.5 + 5 + 7 = 14.5
        // U = 14.5 - 3 * 4 / 2 = 8.5, AUC = 8.5 / (3 * 4)
        assertThat(RocAuc.of(new double[] { 2, 3, 4 }, new double[] { 1, 2, 3, 3 })).isCloseTo(8.5 / 12,
                within(1e-12));
    }

    @Test
    void agreesWithCountingEveryPairOnManyTiedScores() {
        SplittableRandom random = new SplittableRandom(3);
        double[] positives = new double[300];
        double[] negatives = new double[700];
        for (int i = 0; i < positives.length; i++) {
            positives[i] = random.nextInt(20) + 5;
        }
        for (int i = 0; i < negatives.length; i++) {
            negatives[i] = random.nextInt(20);
        }
        double pairs = 0;
        for (double p : positives) {
            for (double n : negatives) {
                pairs += p > n ? 1 : p == n ? 0.5 : 0;
            }
        }
        assertThat(RocAuc.of(positives, negatives)).isCloseTo(pairs / (300.0 * 700), within(1e-12));
    }

    @Test
    void isUndefinedWithoutPositivesOrNegatives() {
        assertThat(RocAuc.of(new double[0], new double[] { 1 })).isNaN();
        assertThat(RocAuc.of(new double[] { 1 }, new double[0])).isNaN();
    }

}
