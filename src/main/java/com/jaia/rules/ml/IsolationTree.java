package com.jaia.rules.ml;

import java.util.SplittableRandom;

/**
 * One random split tree of an isolation forest, stored as flat arrays: node {@code i} is a leaf when
 * {@code feature[i] < 0}, else rows with {@code x[feature] < threshold} go left.
 */
final class IsolationTree {

    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    /** For a leaf: its depth plus {@code c(size)}, the expected path length of the points it did not isolate. */
    private final double[] leafValue;
    private int size;

    private IsolationTree(int capacity) {
        feature = new int[capacity];
        threshold = new double[capacity];
        left = new int[capacity];
        right = new int[capacity];
        leafValue = new double[capacity];
    }

    /** Grows a tree on {@code rows[index[0..n)]}; {@code index} is reordered in place. */
    static IsolationTree grow(double[][] rows, int[] index, int heightLimit, SplittableRandom random) {
        IsolationTree tree = new IsolationTree(2 * Math.max(index.length, 1));
        tree.grow(rows, index, 0, index.length, 0, heightLimit, random);
        return tree;
    }

    private int grow(double[][] rows, int[] index, int from, int to, int depth, int heightLimit,
            SplittableRandom random) {
        int node = size++;
        int n = to - from;
        int dimensions = rows[index[from]].length;
        if (depth >= heightLimit || n <= 1) {
            return leaf(node, depth, n);
        }
        double[] min = new double[dimensions];
        double[] max = new double[dimensions];
        int varying = rangesOf(rows, index, from, to, min, max);
        if (varying == 0) {
            return leaf(node, depth, n);
        }
        int chosen = pickVarying(min, max, random.nextInt(varying));
        double split = min[chosen] + random.nextDouble() * (max[chosen] - min[chosen]);
        if (split <= min[chosen]) {
            split = Math.nextUp(min[chosen]);
        }
        int mid = partition(rows, index, from, to, chosen, split);
        feature[node] = chosen;
        threshold[node] = split;
        left[node] = grow(rows, index, from, mid, depth + 1, heightLimit, random);
        right[node] = grow(rows, index, mid, to, depth + 1, heightLimit, random);
        return node;
    }

    private int leaf(int node, int depth, int n) {
        feature[node] = -1;
        leafValue[node] = depth + IsolationForest.averagePathLength(n);
        return node;
    }

    private static int rangesOf(double[][] rows, int[] index, int from, int to, double[] min, double[] max) {
        int varying = 0;
        for (int f = 0; f < min.length; f++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                double v = rows[index[i]][f];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            min[f] = lo;
            max[f] = hi;
            varying += hi > lo ? 1 : 0;
        }
        return varying;
    }

    private static int pickVarying(double[] min, double[] max, int ordinal) {
        for (int f = 0, seen = 0; f < min.length; f++) {
            if (max[f] > min[f] && seen++ == ordinal) {
                return f;
            }
        }
        throw new IllegalStateException("no varying feature");
    }

    private static int partition(double[][] rows, int[] index, int from, int to, int f, double split) {
        int mid = from;
        for (int i = from; i < to; i++) {
            if (rows[index[i]][f] < split) {
                int swap = index[mid];
                index[mid++] = index[i];
                index[i] = swap;
            }
        }
        return mid;
    }

    /** The path length {@code h(x)}: edges to the leaf plus the leaf's {@code c(size)} correction. */
    double pathLength(double[] x) {
        int node = 0;
        while (feature[node] >= 0) {
            node = x[feature[node]] < threshold[node] ? left[node] : right[node];
        }
        return leafValue[node];
    }

    boolean isLeaf(int node) {
        return feature[node] < 0;
    }

    int feature(int node) {
        return feature[node];
    }

    double threshold(int node) {
        return threshold[node];
    }

    int left(int node) {
        return left[node];
    }

    int right(int node) {
        return right[node];
    }

    double leafValue(int node) {
        return leafValue[node];
    }

    int nodeCount() {
        return size;
    }

}
