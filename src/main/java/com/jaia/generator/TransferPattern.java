package com.jaia.generator;

import java.util.Locale;

/**
 * The anomalies injected into a transfers ledger, named as in the labels file.
 */
enum TransferPattern {

    STRUCTURING(4), SELF_TRANSFER(1), CIRCULAR_FLOW(2.95), WEEKEND_ENTRY(1), WEEKEND_EFFECTIVE(1), HOLIDAY_ENTRY(1),
    HOLIDAY_EFFECTIVE(1), LARGE_AMOUNT(1), ROUND_AMOUNT(1);

    /** How many journals one injection of the pattern yields on average. */
    final double journalsPerInjection;

    TransferPattern(double journalsPerInjection) {
        this.journalsPerInjection = journalsPerInjection;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

}
