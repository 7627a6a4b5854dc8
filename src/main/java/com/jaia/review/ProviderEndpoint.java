package com.jaia.review;

import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import dev.langchain4j.model.chat.ChatModel;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;

/**
 * One provider of the chain: its client, its circuit breaker and its retry policy.
 *
 * @param name the provider name
 * @param model the model asked
 * @param chat the LangChain4j client
 * @param breaker takes the provider out of the chain while it fails, is slow or keeps answering 429; the first
 *     call after the wait is let through to try it again
 * @param retry retries transient failures with exponential back-off and jitter
 */
record ProviderEndpoint(String name, String model, ChatModel chat, CircuitBreaker breaker, RetryTemplate retry) {

    static ProviderEndpoint of(String name, String model, ChatModel chat, ReviewSettings.Breaker b,
            ReviewSettings.Retry r, Clock clock) {
        CircuitBreakerConfig config = CircuitBreakerConfig.custom()
            .slidingWindowType(SlidingWindowType.TIME_BASED)
            .slidingWindowSize((int) Math.max(1, b.window().toSeconds()))
            .minimumNumberOfCalls(b.minimumCalls())
            .failureRateThreshold(b.failureRatePercent())
            .slowCallDurationThreshold(b.slowCall())
            .slowCallRateThreshold(b.failureRatePercent())
            .waitDurationInOpenState(b.waitInOpen())
            .automaticTransitionFromOpenToHalfOpenEnabled(false)
            .clock(clock)
            .permittedNumberOfCallsInHalfOpenState(1)
            .recordException(failure -> LlmFailures.isTransient(failure) || LlmFailures.isProviderWide(failure))
            .build();
        RetryPolicy policy = RetryPolicy.builder().maxRetries(r.maxRetries()).delay(r.delay()).multiplier(2)
            .maxDelay(r.maxDelay()).jitter(r.jitter().compareTo(r.delay()) > 0 ? r.delay() : r.jitter())
            .predicate(LlmFailures::isTransient).build();
        return new ProviderEndpoint(name, model, chat, CircuitBreaker.of(name, config), new RetryTemplate(policy));
    }

    @Override
    public String toString() {
        return name + "(" + model + ")";
    }

}
