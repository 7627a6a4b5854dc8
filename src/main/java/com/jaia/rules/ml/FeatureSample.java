package com.jaia.rules.ml;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines the models are fitted on: the {@code size} lines of the fiscal year with the smallest seeded hash of their
 * id (a deterministic sample whatever order DuckDB scans in; the row id only breaks the ties of duplicate ids), plus
 * each feature's median and robust spread. The sample is picked on {@code journal_entries} first, so
 * {@code ml_features} is computed for the sampled lines only.
 */
record FeatureSample(double[][] rows, double[] center, double[] spread) {

    private static final double MAD_TO_SIGMA = 1.4826;

    static FeatureSample read(Connection duckDb, int fiscalYear, int size, long seed) throws SQLException {
        List<MlFeature> features = List.of(MlFeature.values());
        // the columns are the MlFeature constants; the seed, year and sample size are parameters
        String sql = "SELECT " + String.join(", ", MlFeature.columns()) + " FROM ml_features JOIN (SELECT rowid AS"
                + " line_rowid, hash(gl_detail_id, CAST(? AS BIGINT)) AS h FROM journal_entries WHERE fiscal_year = ?"
                + " AND (getvariable('ml_all_units') OR coalesce(business_unit_code, '') = getvariable('ml_business_unit'))"
                + " ORDER BY h, line_rowid LIMIT ?) sample USING (line_rowid) ORDER BY sample.h, line_rowid";
        List<double[]> rows = new ArrayList<>();
        try (PreparedStatement statement = duckDb.prepareStatement(sql)) {
            statement.setLong(1, seed);
            statement.setInt(2, fiscalYear);
            statement.setInt(3, size);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    double[] row = new double[features.size()];
                    for (int f = 0; f < row.length; f++) {
                        row[f] = result.getDouble(f + 1);
                    }
                    rows.add(row);
                }
            }
        }
        double[][] matrix = rows.toArray(double[][]::new);
        double[] center = new double[features.size()];
        double[] spread = new double[features.size()];
        for (int f = 0; f < center.length; f++) {
            double[] column = column(matrix, f);
            center[f] = median(column);
            for (int i = 0; i < column.length; i++) {
                column[i] = Math.abs(column[i] - center[f]);
            }
            spread[f] = Math.max(MAD_TO_SIGMA * median(column), features.get(f).minimumSpread());
        }
        return new FeatureSample(matrix, center, spread);
    }

    int size() {
        return rows.length;
    }

    private static double[] column(double[][] rows, int f) {
        double[] column = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            column[i] = rows[i][f];
        }
        return column;
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

}
