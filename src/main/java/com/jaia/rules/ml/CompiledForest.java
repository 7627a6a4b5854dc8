package com.jaia.rules.ml;

import java.util.Arrays;
import java.util.List;

/**
 * An isolation forest laid out for fast scoring: every tree padded to a complete binary tree of the height limit, so
 * each row takes exactly that many branch-free steps per tree, and rows are scored a block at a time, tree by tree, so
 * one tree stays in the CPU cache. Gives exactly the path lengths of {@link IsolationTree#pathLength}.
 */
final class CompiledForest {

    private final int height;
    private final int internal;
    private final int trees;
    private final int[] feature;
    private final double[] threshold;
    private final double[] leafValue;
    private final double averagePathLength;

    CompiledForest(IsolationForest forest) {
        this.height = forest.heightLimit();
        this.internal = (1 << height) - 1;
        this.trees = forest.treeCount();
        this.feature = new int[trees * internal];
        this.threshold = new double[trees * internal];
        this.leafValue = new double[trees * (internal + 1)];
        this.averagePathLength = IsolationForest.averagePathLength(forest.subsample());
        List<IsolationTree> all = forest.trees();
        for (int t = 0; t < trees; t++) {
            pad(all.get(t), t, 0, 0, 0);
        }
    }

    private void pad(IsolationTree tree, int t, int treeNode, int slot, int level) {
        if (level == height) {
            leafValue[t * (internal + 1) + slot - internal] = tree.leafValue(treeNode);
            return;
        }
        boolean leaf = tree.isLeaf(treeNode);
        feature[t * internal + slot] = leaf ? 0 : tree.feature(treeNode);
        threshold[t * internal + slot] = leaf ? Double.POSITIVE_INFINITY : tree.threshold(treeNode);
        pad(tree, t, leaf ? treeNode : tree.left(treeNode), 2 * slot + 1, level + 1);
        pad(tree, t, leaf ? treeNode : tree.right(treeNode), 2 * slot + 2, level + 1);
    }

    private int step(double[] block, int base, int nodes, int slot) {
        int at = nodes + slot;
        return 2 * slot + (block[base + feature[at]] < threshold[at] ? 1 : 2);
    }

    /**
     * Adds up the path lengths of {@code rows} rows stored row-major in {@code block} ({@code dimensions} values each)
     * and writes {@code E[h(x)]} per row into {@code meanPathLength}.
     */
    void meanPathLengths(double[] block, int rows, int dimensions, double[] meanPathLength) {
        Arrays.fill(meanPathLength, 0, rows, 0);
        for (int t = 0; t < trees; t++) {
            int nodes = t * internal;
            int leaves = t * (internal + 1) - internal;
            int r = 0;
            // four independent walks at a time: the CPU overlaps their load latencies
            for (; r + 3 < rows; r += 4) {
                int b0 = r * dimensions;
                int b1 = b0 + dimensions;
                int b2 = b1 + dimensions;
                int b3 = b2 + dimensions;
                int s0 = 0;
                int s1 = 0;
                int s2 = 0;
                int s3 = 0;
                for (int level = 0; level < height; level++) {
                    s0 = step(block, b0, nodes, s0);
                    s1 = step(block, b1, nodes, s1);
                    s2 = step(block, b2, nodes, s2);
                    s3 = step(block, b3, nodes, s3);
                }
                meanPathLength[r] += leafValue[leaves + s0];
                meanPathLength[r + 1] += leafValue[leaves + s1];
                meanPathLength[r + 2] += leafValue[leaves + s2];
                meanPathLength[r + 3] += leafValue[leaves + s3];
            }
            for (; r < rows; r++) {
                int slot = 0;
                for (int level = 0; level < height; level++) {
                    slot = step(block, r * dimensions, nodes, slot);
                }
                meanPathLength[r] += leafValue[leaves + slot];
            }
        }
        for (int r = 0; r < rows; r++) {
            meanPathLength[r] /= trees;
        }
    }

    /** The anomaly score of a mean path length, as {@link IsolationForest#scoreOf}. */
    double score(double meanPathLength) {
        return Math.pow(2, -meanPathLength / averagePathLength);
    }

}
