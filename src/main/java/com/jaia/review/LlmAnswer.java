package com.jaia.review;

import java.math.BigDecimal;

/**
 * A provider's answer to one prompt, with what it cost over all attempts.
 *
 * @param text the answer's text
 * @param provider the provider that answered
 * @param model its model
 * @param inputTokens prompt tokens of the answering attempt
 * @param outputTokens answer tokens of the answering attempt
 * @param cost cost of the answering attempt
 * @param latencyMillis wall time of the answering attempt
 * @param attempts attempts made over the chain, the answering one included
 */
record LlmAnswer(String text, String provider, String model, long inputTokens, long outputTokens, BigDecimal cost,
        long latencyMillis, int attempts) {

    LlmAnswer plus(LlmAnswer later) {
        return new LlmAnswer(later.text, later.provider, later.model, inputTokens + later.inputTokens,
                outputTokens + later.outputTokens, cost.add(later.cost), latencyMillis + later.latencyMillis,
                attempts + later.attempts);
    }

}
