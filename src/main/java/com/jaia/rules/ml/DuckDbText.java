package com.jaia.rules.ml;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers worded exactly as DuckDB's {@code format()} words them, so texts built here read like the SQL-built ones:
 * {@code {:.1f}} rounds the exact binary value half to even, and {@code {}} of a DOUBLE is its shortest round-trip
 * decimal, with {@code .0} on whole numbers and an exponent ({@code 1.5e+16}) from 10^16 or below 10^-4.
 */
final class DuckDbText {

    /** Below this, ten times a value is exact enough to round without {@link BigDecimal}. */
    private static final double FAST_ROUNDING_LIMIT = 1e5;
    /** Below this many hundredths, a value with two decimals has at most 15 digits, so it is its own shortest form. */
    private static final long EXACT_CENTS_LIMIT = 1_000_000_000_000_000L;

    private DuckDbText() {
    }

    /** {@code format('{:.1f}', value)}; like DuckDB, keeps the minus of a negative value that rounds to 0. */
    static void appendOneDecimal(StringBuilder out, double value) {
        out.append(Math.copySign(1, value) < 0 ? "-" : "");
        double magnitude = Math.abs(value);
        double tenfold = magnitude * 10;
        if (tenfold < FAST_ROUNDING_LIMIT) {
            // the product's rounding error is far below 1e-6, so only near-ties need the exact value
            double whole = Math.floor(tenfold);
            double fraction = tenfold - whole;
            if (Math.abs(fraction - 0.5) > 1e-6) {
                long tenths = (long) whole + (fraction > 0.5 ? 1 : 0);
                out.append(tenths / 10).append('.').append(tenths % 10);
                return;
            }
        }
        out.append(new BigDecimal(magnitude).setScale(1, RoundingMode.HALF_EVEN).toPlainString());
    }

    /** {@code format('{}', value)} of a DOUBLE, e.g. {@code 1234.5}, {@code 300.0}, {@code 1e+16}. */
    static void appendPlain(StringBuilder out, double value) {
        double cents = Math.rint(value * 100);
        if (Math.abs(cents) < EXACT_CENTS_LIMIT && cents / 100 == value) {
            append(out, BigDecimal.valueOf((long) cents, 2));
            return;
        }
        append(out, shortest(value));
    }

    /** The decimal with the fewest digits that reads back as {@code value} (closest to it among those). */
    private static BigDecimal shortest(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == value) {
                return rounded;
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    private static void append(StringBuilder out, BigDecimal decimal) {
        if (decimal.signum() == 0) {
            out.append("0.0");
            return;
        }
        BigDecimal shortest = decimal.stripTrailingZeros();
        String digits = shortest.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - shortest.scale();
        out.append(shortest.signum() < 0 ? "-" : "");
        if (exponent >= -4 && exponent < 16) {
            String plain = shortest.abs().toPlainString();
            out.append(plain).append(plain.indexOf('.') < 0 ? ".0" : "");
            return;
        }
        out.append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        out.append(exponent < 0 ? "e-" : "e+").append(Math.abs(exponent) < 10 ? "0" : "").append(Math.abs(exponent));
    }

}
