package com.jaia.rules;

import java.util.Arrays;

/**
 * The area under the ROC curve of a score that should rank positives above negatives, computed as the Mann-Whitney
 * statistic: the share of (positive, negative) pairs the score orders correctly, a tie counting one half.
 */
final class RocAuc {

    private RocAuc() {
    }

    /** The AUC in [0, 1], or NaN when either group is empty. */
    static double of(double[] positives, double[] negatives) {
        if (positives.length == 0 || negatives.length == 0) {
            return Double.NaN;
        }
        double[] pos = positives.clone();
        double[] neg = negatives.clone();
        Arrays.sort(pos);
        Arrays.sort(neg);
        double correct = 0;
        int below = 0;
        int belowOrEqual = 0;
        for (double score : pos) {
            while (below < neg.length && neg[below] < score) {
                below++;
            }
            belowOrEqual = Math.max(belowOrEqual, below);
            while (belowOrEqual < neg.length && neg[belowOrEqual] <= score) {
                belowOrEqual++;
            }
            correct += below + (belowOrEqual - below) / 2.0;
        }
        return correct / ((double) pos.length * neg.length);
    }

}
