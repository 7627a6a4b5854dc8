package com.jaia.review;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Micrometer meters of the LLM calls: requests by provider and outcome, tokens, cost and latency.
 */
final class ReviewMetrics {

    private final MeterRegistry registry;

    ReviewMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(LlmCall call) {
        Counter.builder("jaia.review.requests").description("LLM requests by provider and outcome")
            .tag("provider", call.provider()).tag("outcome", call.outcome()).register(registry).increment();
        Timer.builder("jaia.review.latency").description("LLM call latency").tag("provider", call.provider())
            .tag("outcome", call.outcome()).register(registry).record(Duration.ofMillis(call.latencyMillis()));
        tokens(call, "input", call.inputTokens());
        tokens(call, "output", call.outputTokens());
        Counter.builder("jaia.review.cost").description("LLM cost in the price table's currency")
            .tag("provider", call.provider()).tag("model", call.model()).register(registry)
            .increment(call.cost().doubleValue());
    }

    private void tokens(LlmCall call, String direction, long count) {
        Counter.builder("jaia.review.tokens").description("LLM tokens").tag("provider", call.provider())
            .tag("model", call.model()).tag("direction", direction).register(registry).increment(count);
    }

}
