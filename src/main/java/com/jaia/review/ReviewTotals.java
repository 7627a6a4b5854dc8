package com.jaia.review;

import java.math.BigDecimal;

/**
 * The counts of one import's reviews, for the step's exit description.
 *
 * @param reviewed journals with a verdict
 * @param cached of those, answers reused from an identical earlier prompt
 * @param skipped journals left out for good (no provider configured, budget, invalid answers, rejected requests)
 * @param deferred journals waiting for a retry because no provider could answer
 * @param tokens input and output tokens spent
 * @param cost what the calls cost
 * @param skipReasons the distinct skip reasons, or empty
 * @param deferReasons the distinct deferral reasons, or empty
 */
record ReviewTotals(long reviewed, long cached, long skipped, long deferred, long tokens, BigDecimal cost,
        String skipReasons, String deferReasons) {

    String describe() {
        return "reviewed " + reviewed + " (" + cached + " from cache), skipped " + skipped + ", deferred " + deferred
                + ", tokens " + tokens + ", cost " + cost.stripTrailingZeros().toPlainString()
                + (skipReasons.isEmpty() ? "" : ", skip reasons: " + skipReasons)
                + (deferReasons.isEmpty() ? "" : ", deferred because: " + deferReasons);
    }

}
