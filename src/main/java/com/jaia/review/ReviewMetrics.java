package com.jaia.review;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Micrometer meters of the LLM calls: requests by provider and outcome, tokens, cost and latency, each provider's
 * circuit breaker state; and a {@code jaia.llm.call} observation (a span) around each call.
 */
final class ReviewMetrics {

    private final MeterRegistry registry;

    private final ObservationRegistry observations;

    ReviewMetrics(MeterRegistry registry) {
        this(registry, ObservationRegistry.NOOP);
    }

    ReviewMetrics(MeterRegistry registry, ObservationRegistry observations) {
        this.registry = registry;
        this.observations = observations;
    }

    /**
     * Registers the providers' meters at zero (so alert rules find them before the first call) and a gauge of each
     * circuit breaker: 0 closed, 1 half-open, 2 open, 3 disabled or forced.
     */
    void watch(List<ProviderEndpoint> endpoints) {
        for (ProviderEndpoint endpoint : endpoints) {
            Counter.builder("jaia.review.requests").description("LLM requests by provider and outcome")
                .tag("provider", endpoint.name()).tag("outcome", "success").register(registry);
            CircuitBreaker breaker = endpoint.breaker();
            Gauge.builder("jaia.review.breaker.state", breaker, ReviewMetrics::state)
                .description("Circuit breaker state: 0 closed, 1 half-open, 2 open, 3 disabled or forced")
                .tag("provider", endpoint.name())
                .register(registry);
        }
    }

    /** Runs one call to a provider as a {@code jaia.llm.call} observation. */
    <T> T observe(String provider, String model, Supplier<T> call) {
        return Observation.createNotStarted("jaia.llm.call", observations)
            .contextualName("llm " + provider)
            .lowCardinalityKeyValue("provider", provider)
            .lowCardinalityKeyValue("model", model)
            .observe(call);
    }

    private static double state(CircuitBreaker breaker) {
        return switch (breaker.getState()) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
            default -> 3;
        };
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
