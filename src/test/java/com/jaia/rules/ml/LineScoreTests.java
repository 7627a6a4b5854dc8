package com.jaia.rules.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LineScoreTests {

    @Test
    void ordinaryLineScoresZeroAndIsCreditedToTheForest() {
        LineScore score = LineScore.of(0.48, 1.2, -2.9, 0.5, 2.99);

        assertThat(score).isEqualTo(new LineScore(0, LineScore.ISOLATION_FOREST, 0.48, 0, 0));
    }

    @Test
    void amountFarFromItsAccountCountsFromThreeSpreadsOn() {
        LineScore score = LineScore.of(0.5, -7, 0, 0, 0);

        assertThat(score.accountOutlierScore()).isCloseTo(1 - Math.exp(-1), within(1e-15));
        assertThat(score.mlScore()).isEqualTo(score.accountOutlierScore());
        assertThat(score.method()).isEqualTo(LineScore.ACCOUNT_ROBUST_Z);
    }

    @Test
    void preparerScoreTakesTheMostUnusualOfAmountHourAndLag() {
        LineScore score = LineScore.of(0.6, 0, 4, -11, 5);

        assertThat(score.userOutlierScore()).isCloseTo(1 - Math.exp(-2), within(1e-15));
        assertThat(score.method()).isEqualTo(LineScore.USER_ROBUST_Z);
        assertThat(score.mlScore()).isCloseTo(1 - (1 - 0.2) * (1 - score.userOutlierScore()), within(1e-15));
    }

    @Test
    void combinesLikeTheFormerSql() throws SQLException {
        SplittableRandom random = new SplittableRandom(17);
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement statement = duckDb.prepareStatement(SqlReference.SCORES)) {
            for (int i = 0; i < 2_000; i++) {
                double[] in = { random.nextDouble(0.35, 0.9), z(random), z(random), z(random), z(random) };
                for (int p = 0; p < in.length; p++) {
                    statement.setDouble(p + 1, in[p]);
                }
                LineScore score = LineScore.of(in[0], in[1], in[2], in[3], in[4]);
                try (ResultSet sql = statement.executeQuery()) {
                    sql.next();
                    assertThat(score.mlScore()).isCloseTo(sql.getDouble(1), within(1e-15));
                    assertThat(score.method()).isEqualTo(sql.getString(2));
                    assertThat(score.accountOutlierScore()).isCloseTo(sql.getDouble(3), within(1e-15));
                    assertThat(score.userOutlierScore()).isCloseTo(sql.getDouble(4), within(1e-15));
                }
            }
        }
    }

    private static double z(SplittableRandom random) {
        return random.nextInt(3) == 0 ? random.nextDouble(-3, 3) : random.nextDouble(-15, 15);
    }

}
