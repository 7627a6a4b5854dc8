package com.jaia.rules.ml;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An isolation forest (Liu, Ting and Zhou, 2008): random split trees grown on small subsamples; points that are
 * isolated after few splits are anomalous. Deterministic for a seed and the order of the training rows.
 */
final class IsolationForest {

    private static final double EULER_MASCHERONI = 0.5772156649015329;

    private final List<IsolationTree> trees;
    private final int subsample;
    private final int heightLimit;

    private IsolationForest(List<IsolationTree> trees, int subsample, int heightLimit) {
        this.trees = List.copyOf(trees);
        this.subsample = subsample;
        this.heightLimit = heightLimit;
    }

    /**
     * Grows {@code treeCount} trees, each on {@code subsample} rows drawn without replacement from {@code rows}.
     *
     * @param rows the training rows, all of the same length, without NaN
     */
    static IsolationForest fit(double[][] rows, int treeCount, int subsample, long seed) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("an isolation forest needs at least one training row");
        }
        int psi = Math.min(subsample, rows.length);
        int heightLimit = (int) Math.ceil(Math.log(Math.max(psi, 2)) / Math.log(2));
        SplittableRandom seeds = new SplittableRandom(seed);
        int[] all = new int[rows.length];
        List<IsolationTree> trees = new ArrayList<>(treeCount);
        for (int t = 0; t < treeCount; t++) {
            SplittableRandom random = seeds.split();
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            int[] drawn = new int[psi];
            for (int i = 0; i < psi; i++) {
                int j = i + random.nextInt(all.length - i);
                int swap = all[i];
                all[i] = all[j];
                all[j] = swap;
                drawn[i] = all[i];
            }
            trees.add(IsolationTree.grow(rows, drawn, heightLimit, random));
        }
        return new IsolationForest(trees, psi, heightLimit);
    }

    /**
     * {@code c(n)}: the average path length of an unsuccessful search in a binary search tree of {@code n} points,
     * used both to normalise scores and to credit leaves that hold more than one point.
     */
    static double averagePathLength(long n) {
        if (n <= 1) {
            return 0;
        }
        if (n == 2) {
            return 1;
        }
        return 2 * (Math.log(n - 1.0) + EULER_MASCHERONI) - 2.0 * (n - 1) / n;
    }

    /** The mean path length {@code E[h(x)]} over all trees. */
    double meanPathLength(double[] x) {
        double sum = 0;
        for (IsolationTree tree : trees) {
            sum += tree.pathLength(x);
        }
        return sum / trees.size();
    }

    /** The anomaly score {@code s = 2^(-E[h(x)] / c(psi))}: near 1 anomalous, near 0.5 or below ordinary. */
    double score(double[] x) {
        return scoreOf(meanPathLength(x));
    }

    double scoreOf(double meanPathLength) {
        return Math.pow(2, -meanPathLength / averagePathLength(subsample));
    }

    int treeCount() {
        return trees.size();
    }

    int heightLimit() {
        return heightLimit;
    }

    int subsample() {
        return subsample;
    }

    List<IsolationTree> trees() {
        return trees;
    }

}
