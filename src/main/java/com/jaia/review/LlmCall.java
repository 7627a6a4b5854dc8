package com.jaia.review;

import java.math.BigDecimal;

/**
 * One attempt at one provider: what it used, cost and took, and how it ended.
 *
 * @param provider the provider name
 * @param model the model asked
 * @param inputTokens prompt tokens the provider reported
 * @param outputTokens answer tokens the provider reported
 * @param cost the price table's cost of the attempt
 * @param latencyMillis wall time of the attempt
 * @param outcome {@code success} or the failure's label
 * @param error the failure's description, null on success
 */
record LlmCall(String provider, String model, long inputTokens, long outputTokens, BigDecimal cost,
        long latencyMillis, String outcome, String error) {
}
