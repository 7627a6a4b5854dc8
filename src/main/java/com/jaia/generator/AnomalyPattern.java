package com.jaia.generator;

/**
 * The audit anomalies the generator can inject, named as in the labels file.
 */
enum AnomalyPattern {

    SELF_APPROVAL(1), WEEKEND_POSTING(1), HOLIDAY_POSTING(1), LATE_NIGHT(1), ROUND_AMOUNT(1), JUST_BELOW_LIMIT(1),
    ABOVE_APPROVAL_LIMIT(1), SPLIT_TRANSACTION(3.5), PERIOD_END_REVENUE(1.6), RARE_ACCOUNT(1),
    SUSPICIOUS_DESCRIPTION(1), BACKDATED(1), MISSING_APPROVAL(1), UNUSUAL_ACCOUNT_PAIR(1), MANUAL_REVENUE(1),
    DUPLICATE_ENTRY(2), SUSPENSE_USAGE(1);

    /** How many journals one injection of the pattern yields on average. */
    final double journalsPerInjection;

    AnomalyPattern(double journalsPerInjection) {
        this.journalsPerInjection = journalsPerInjection;
    }

    /** The name used in the labels file, e.g. {@code self_approval}. */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The chance of starting an injection before a journal so that {@code rate} of all journals end up labelled,
     * given that a pattern is drawn uniformly and some patterns yield several journals.
     */
    static double injectionChance(double rate) {
        double mean = 0;
        for (AnomalyPattern pattern : values()) {
            mean += pattern.journalsPerInjection;
        }
        mean /= values().length;
        return rate / (mean * (1 - rate) + rate);
    }

}
