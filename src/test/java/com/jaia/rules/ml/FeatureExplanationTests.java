package com.jaia.rules.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class FeatureExplanationTests {

    /** Sample medians and spreads of the 11 features, as a fitted ledger might have them. */
    private static final double[] CENTER = { 3.2, 0, 0, 11.5, 3, 15, 1, 4.1, 2.7, 1, 4 };
    private static final double[] SPREAD = { 0.71, 1, 1, 2.3, 1.48, 10.4, 1.48, 0.1, 0.35, 1.48, 2.9 };

    private final FeatureExplanation explanation = new FeatureExplanation(CENTER, SPREAD);

    @Test
    void saysNothingWhenNoFeatureIsThreeSpreadsOut() {
        assertThat(explain(row(3.3, 0.4, -2.9, 12, 3, 16, 1, 4.1, 2.7, 1, 4, 1.2, 0.1, 1994.12))).isEmpty();
    }

    @Test
    void namesTheThreeMostUnusualFeaturesMostUnusualFirst() {
        double[] row = row(3.3, 9.04, -4.2, 23.5, 7, 16, 90, 4.1, 2.7, 1, 4, 5.1, 60.2, 1994.12);

        assertThat(explain(row)).isEqualTo("entry lag 60.2 MAD above preparer median; "
                + "entered 90 days after the effective date; amount 9.0 MAD above account median");
    }

    @Test
    void givesTiesToTheFeatureListedLater() {
        double[] row = row(3.3, 5, 5, 12, 3, 16, 1, 4.1, 2.7, 1, 4, -5, 0, 1994.12);

        assertThat(explain(row)).isEqualTo("entry hour 5.0 MAD before preparer median; "
                + "amount 5.0 MAD above preparer median; amount 5.0 MAD above account median");
    }

    @Test
    void wordsEveryFeatureAsTheFormerSqlDid() throws SQLException {
        SplittableRandom random = new SplittableRandom(11);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            rows.add(randomRow(random));
        }

        List<String> expected = sqlWording(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(explain(rows.get(i))).as("row %d", i).isEqualTo(expected.get(i));
        }
    }

    private String explain(double[] row) {
        StringBuilder out = new StringBuilder();
        explanation.append(out, row, 0);
        return out.toString();
    }

    private static double[] row(double... values) {
        assertThat(values).hasSize(LineFeatures.WIDTH);
        return values;
    }

    private static double[] randomRow(SplittableRandom random) {
        double amount = Math.round(Math.pow(10, random.nextDouble(0, 9)) * (random.nextBoolean() ? 100 : 1)) / 100.0;
        double hour = random.nextInt(10) == 0 ? -1 : random.nextInt(24) + random.nextInt(60) / 60.0;
        return new double[] { Math.log10(Math.abs(amount) + 1), gaussian(random) * 4, gaussian(random) * 4, hour,
                random.nextInt(1, 8), random.nextInt(1, 32), random.nextInt(-60, 400),
                Math.log10(random.nextInt(1, 100_000)), Math.log10(random.nextInt(1, 3_000)), random.nextInt(0, 7),
                random.nextInt(1, 60), gaussian(random) * 4, gaussian(random) * 4, amount };
    }

    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    /** The top_features expression of the former ml_scores.sql, applied to each row in DuckDB. */
    private static List<String> sqlWording(List<double[]> rows) throws SQLException {
        String sql = SqlReference.TOP_FEATURES;
        for (MlFeature feature : MlFeature.values()) {
            sql = sql.replace("{{center_" + feature.column() + "}}", MlSql.literal(CENTER[feature.ordinal()]))
                .replace("{{spread_" + feature.column() + "}}", MlSql.literal(SPREAD[feature.ordinal()]));
        }
        List<String> words = new ArrayList<>();
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = duckDb.createStatement()) {
                statement.execute(SqlReference.FEATURES_TABLE);
            }
            try (PreparedStatement insert = duckDb.prepareStatement("INSERT INTO f VALUES (" + "?, ".repeat(14) + "?)")) {
                for (int r = 0; r < rows.size(); r++) {
                    double[] row = rows.get(r);
                    insert.setInt(1, r);
                    for (int i = 0; i < row.length - 1; i++) {
                        insert.setDouble(i + 2, row[i]);
                    }
                    insert.setString(row.length + 1, String.format(Locale.ROOT, "%.2f", row[row.length - 1]));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (Statement statement = duckDb.createStatement(); ResultSet result = statement.executeQuery(sql)) {
                while (result.next()) {
                    words.add(result.getString(1));
                }
            }
        }
        return words;
    }

}
