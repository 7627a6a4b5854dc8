package com.jaia.rules.ml;

import static com.jaia.rules.ml.MlFeature.ACCOUNT_FREQUENCY;
import static com.jaia.rules.ml.MlFeature.ACCOUNT_Z;
import static com.jaia.rules.ml.MlFeature.DAY_OF_MONTH;
import static com.jaia.rules.ml.MlFeature.ENTRY_HOUR;
import static com.jaia.rules.ml.MlFeature.ENTRY_LAG_DAYS;
import static com.jaia.rules.ml.MlFeature.JOURNAL_LINES;
import static com.jaia.rules.ml.MlFeature.LOG_AMOUNT;
import static com.jaia.rules.ml.MlFeature.ROUND_ZEROS;
import static com.jaia.rules.ml.MlFeature.USER_ACCOUNT_FREQUENCY;
import static com.jaia.rules.ml.MlFeature.USER_Z;
import static com.jaia.rules.ml.MlFeature.WEEKDAY;

/**
 * The {@code top_features} text of a line: its up to three most unusual features, most unusual first, joined by
 * {@code "; "}, or {@code ""} when none is at least {@value #THRESHOLD} robust spreads out. How unusual: |z| for the
 * z-score features; |x - median| / spread of the fitting sample for amount, entry hour, weekday, day of month and
 * entry lag; and one-sided (rare account, rare preparer and account pair, rounder amount, longer journal) for the rest.
 * Ties go to the feature listed later. Not thread-safe: one per worker.
 */
final class FeatureExplanation {

    static final double THRESHOLD = 3;
    private static final int SHOWN = 3;
    private static final int KINDS = 13;
    private static final String[] WEEKDAYS = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday" };

    private final double[] center;
    private final double[] spread;
    private final double[] unusual = new double[KINDS + 1];
    private final int[] chosen = new int[SHOWN];

    /** @param center the sample median and @param spread the sample robust spread of each {@link MlFeature} */
    FeatureExplanation(double[] center, double[] spread) {
        this.center = center.clone();
        this.spread = spread.clone();
    }

    /** Appends the text of the line whose {@link LineFeatures} start at {@code row[base]}. */
    void append(StringBuilder out, double[] row, int base) {
        measure(row, base);
        int count = pickTop();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : "; ");
            word(out, chosen[i], row, base);
        }
    }

    private void measure(double[] row, int base) {
        unusual[1] = Math.abs(row[base + ACCOUNT_Z.ordinal()]);
        unusual[2] = Math.abs(row[base + USER_Z.ordinal()]);
        unusual[3] = away(row, base, LOG_AMOUNT);
        unusual[4] = away(row, base, ENTRY_HOUR);
        unusual[5] = away(row, base, WEEKDAY);
        unusual[6] = away(row, base, DAY_OF_MONTH);
        unusual[7] = away(row, base, ENTRY_LAG_DAYS);
        unusual[8] = below(row, base, ACCOUNT_FREQUENCY);
        unusual[9] = below(row, base, USER_ACCOUNT_FREQUENCY);
        unusual[10] = above(row, base, ROUND_ZEROS);
        unusual[11] = above(row, base, JOURNAL_LINES);
        unusual[12] = Math.abs(row[base + LineFeatures.USER_HOUR_Z]);
        unusual[13] = Math.abs(row[base + LineFeatures.USER_LAG_Z]);
    }

    private double away(double[] row, int base, MlFeature feature) {
        return Math.abs(row[base + feature.ordinal()] - center[feature.ordinal()]) / spread[feature.ordinal()];
    }

    private double above(double[] row, int base, MlFeature feature) {
        return (row[base + feature.ordinal()] - center[feature.ordinal()]) / spread[feature.ordinal()];
    }

    private double below(double[] row, int base, MlFeature feature) {
        return (center[feature.ordinal()] - row[base + feature.ordinal()]) / spread[feature.ordinal()];
    }

    /** Picks the kinds at or above the threshold by descending (unusualness, kind); returns how many. */
    private int pickTop() {
        int count = 0;
        for (int kind = 1; kind <= KINDS; kind++) {
            double u = unusual[kind];
            if (!(u >= THRESHOLD)) {
                continue;
            }
            int at = count < SHOWN ? count++ : SHOWN;
            while (at > 0 && !ranksAbove(chosen[at - 1], kind, u)) {
                if (at < SHOWN) {
                    chosen[at] = chosen[at - 1];
                }
                at--;
            }
            if (at < SHOWN) {
                chosen[at] = kind;
            }
        }
        return count;
    }

    private boolean ranksAbove(int kind, int other, double otherUnusual) {
        return unusual[kind] > otherUnusual || unusual[kind] == otherUnusual && kind > other;
    }

    private static void word(StringBuilder out, int kind, double[] row, int base) {
        switch (kind) {
            case 1 -> mads(out, "amount ", row[base + ACCOUNT_Z.ordinal()], "above", "below", " account median");
            case 2 -> mads(out, "amount ", row[base + USER_Z.ordinal()], "above", "below", " preparer median");
            case 3 -> {
                out.append("amount ");
                DuckDbText.appendPlain(out, row[base + LineFeatures.AMOUNT]);
                out.append(" far from the ledger's usual size");
            }
            case 4 -> {
                double hour = row[base + ENTRY_HOUR.ordinal()];
                if (hour < 0) {
                    out.append("no entry time");
                }
                else {
                    out.append("entry hour ").append((long) Math.floor(hour));
                }
            }
            case 5 -> out.append("entered on a ").append(WEEKDAYS[(int) Math.rint(row[base + WEEKDAY.ordinal()]) - 1]);
            case 6 -> out.append("effective on day ").append(whole(row[base + DAY_OF_MONTH.ordinal()])).append(" of the month");
            case 7 -> {
                long lag = whole(row[base + ENTRY_LAG_DAYS.ordinal()]);
                out.append("entered ").append(Math.abs(lag)).append(lag >= 0 ? " days after" : " days before")
                    .append(" the effective date");
            }
            case 8 -> out.append("account used ").append(count(row[base + ACCOUNT_FREQUENCY.ordinal()]))
                .append(" times this year");
            case 9 -> out.append("preparer used this account ").append(count(row[base + USER_ACCOUNT_FREQUENCY.ordinal()]))
                .append(" times this year");
            case 10 -> out.append("round amount (").append(whole(row[base + ROUND_ZEROS.ordinal()])).append(" trailing zeros)");
            case 11 -> out.append("journal of ").append(whole(row[base + JOURNAL_LINES.ordinal()])).append(" lines");
            case 12 -> mads(out, "entry hour ", row[base + LineFeatures.USER_HOUR_Z], "after", "before", " preparer median");
            default -> mads(out, "entry lag ", row[base + LineFeatures.USER_LAG_Z], "above", "below", " preparer median");
        }
    }

    private static void mads(StringBuilder out, String what, double z, String positive, String otherwise, String median) {
        out.append(what);
        DuckDbText.appendOneDecimal(out, Math.abs(z));
        out.append(" MAD ").append(z > 0 ? positive : otherwise).append(median);
    }

    /** A whole-valued feature as DuckDB casts it to an integer (to the nearest). */
    private static long whole(double value) {
        return Math.round(value);
    }

    /** The count behind a log10 frequency feature: {@code round(10^f)}. */
    private static long count(double log10Count) {
        return Math.round(Math.pow(10, log10Count));
    }

}
