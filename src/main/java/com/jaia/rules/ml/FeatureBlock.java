package com.jaia.rules.ml;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Up to {@link #CAPACITY} lines' {@link LineFeatures}, row-major, with their {@code journal_entries} row ids. */
final class FeatureBlock {

    static final int CAPACITY = 4096;
    /** Tells a worker that no more blocks follow. */
    static final FeatureBlock END = new FeatureBlock(0);

    final long[] rowIds;
    final double[] values;
    int rows;

    FeatureBlock() {
        this(CAPACITY);
    }

    private FeatureBlock(int capacity) {
        this.rowIds = new long[capacity];
        this.values = new double[capacity * LineFeatures.WIDTH];
    }

    /** Adds the current row of a {@link LineFeatures#select()} result. */
    void read(ResultSet result) throws SQLException {
        rowIds[rows] = result.getLong(1);
        int base = rows * LineFeatures.WIDTH;
        for (int f = 0; f < LineFeatures.WIDTH; f++) {
            values[base + f] = result.getDouble(f + 2);
        }
        rows++;
    }

    boolean full() {
        return rows == CAPACITY;
    }

}
