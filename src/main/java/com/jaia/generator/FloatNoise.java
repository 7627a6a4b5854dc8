package com.jaia.generator;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * Amounts as a spreadsheet or a floating-point export writes them: for a share of the lines, the neighbouring double of
 * the true amount, e.g. {@code 8131.200000000001} for 8131.20 (within a millionth of the true value).
 */
final class FloatNoise {

    /** Above this many major units a double's neighbour is more than a millionth away. */
    private static final long LARGEST = 100_000_000L;

    private final SplittableRandom random;
    private final double share;

    FloatNoise(SplittableRandom random, double share) {
        this.random = random;
        this.share = share;
    }

    /** The amount's text with noise, or null when this line is written plainly. */
    String render(long minorUnits, int minorDigits) {
        if (random.nextDouble() >= share || minorUnits == 0) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(minorUnits, minorDigits);
        if (exact.compareTo(BigDecimal.valueOf(LARGEST)) >= 0) {
            return null;
        }
        double value = exact.doubleValue();
        double neighbour = random.nextBoolean() ? Math.nextUp(value) : Math.nextDown(value);
        return new BigDecimal(Double.toString(neighbour)).toPlainString();
    }

}
