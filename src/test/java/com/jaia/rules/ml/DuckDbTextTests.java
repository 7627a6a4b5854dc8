package com.jaia.rules.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

class DuckDbTextTests {

    @Test
    void roundsToOneDecimalLikeDuckDbFormatIncludingTiesAndBinaryNearTies() throws SQLException {
        List<Double> values = new ArrayList<>(List.of(0.0, 0.05, 0.15, 0.25, 0.35, 2.25, 3.0, 3.04999999999, 3.05,
                9.95, 99.95, 12345.65, 1e-9, 123456.75, 1e12 + 0.05, -0.04, -0.0, -3.25));
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1_000; i++) {
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(-3, 9)));
            values.add(random.nextInt(0, 200_000) / 20.0);
        }

        assertThat(mismatches(values, DuckDbText::appendOneDecimal, "format('{:.1f}', x)")).isEmpty();
    }

    @Test
    void wordsDoublesLikeDuckDbFormat() throws SQLException {
        List<Double> values = new ArrayList<>(List.of(0.0, 0.01, 0.1, 0.5, 3.0, 1234.5, 1234.56, 100000000.0, 1e15,
                9999999999999.99, 1e16, 1.5e16, 123456789012345678.0, 0.0001, 0.00001, 1.2345e-5, -0.07, -3.0));
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 1_000; i++) {
            values.add(random.nextLong(0, 100_000_000_000L) / 100.0);
            values.add(random.nextDouble() * Math.pow(10, random.nextInt(-6, 20)));
        }

        assertThat(mismatches(values, DuckDbText::appendPlain, "format('{}', x)")).isEmpty();
    }

    @Test
    void wordsDecimalAmountsLikeDuckDbFormatWordsThem() throws SQLException {
        List<String> amounts = new ArrayList<>(List.of("0.00", "0.01", "0.50", "1000000.00", "12345678.90",
                "9999999999999.99", "10000000000000.01", "9999999999999999.99"));
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            amounts.add(BigDecimal.valueOf(random.nextLong(0, 10_000_000_000_000_000L), 2).toPlainString());
            amounts.add(BigDecimal.valueOf(random.nextLong(0, 10_000_000L), 2).toPlainString());
        }
        List<String> mismatches = new ArrayList<>();
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement statement = duckDb.prepareStatement(
                        "SELECT amount::DOUBLE, format('{}', amount) FROM (SELECT ?::DECIMAL(18,2) AS amount)")) {
            for (String amount : amounts) {
                statement.setString(1, amount);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    StringBuilder out = new StringBuilder();
                    DuckDbText.appendPlain(out, result.getDouble(1));
                    if (!out.toString().equals(result.getString(2))) {
                        mismatches.add(amount + ": " + out + " instead of " + result.getString(2));
                    }
                }
            }
        }

        assertThat(mismatches).isEmpty();
    }

    /** The values DuckDB's {@code expression} of {@code x} words otherwise than {@code appender}, with both words. */
    private static List<String> mismatches(List<Double> values, BiConsumer<StringBuilder, Double> appender,
            String expression) throws SQLException {
        List<String> expected = duckDb(expression, values);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            StringBuilder out = new StringBuilder();
            appender.accept(out, values.get(i));
            if (!out.toString().equals(expected.get(i))) {
                mismatches.add(values.get(i) + ": " + out + " instead of " + expected.get(i));
            }
        }
        return mismatches;
    }

    private static List<String> duckDb(String expression, List<Double> values) throws SQLException {
        List<String> words = new ArrayList<>();
        try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement statement = duckDb.prepareStatement("SELECT " + expression + " FROM (SELECT ?::DOUBLE AS x)")) {
            for (double value : values) {
                statement.setDouble(1, value);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    words.add(result.getString(1));
                }
            }
        }
        return words;
    }

}
