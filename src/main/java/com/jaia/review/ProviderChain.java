package com.jaia.review;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.retry.RetryException;

/**
 * Asks the providers in order: each is retried on transient failures, skipped while its circuit is open, and the next
 * one takes over; every attempt passes the shared rate limits and is metered and priced.
 */
final class ProviderChain {

    private static final Logger log = LoggerFactory.getLogger(ProviderChain.class);

    private final List<ProviderEndpoint> endpoints;

    private final RequestLimits limits;

    private final PriceTable prices;

    private final ReviewMetrics metrics;

    private final LlmUsageLog usage;

    private final List<String> switches = new CopyOnWriteArrayList<>();

    ProviderChain(List<ProviderEndpoint> endpoints, RequestLimits limits, PriceTable prices, ReviewMetrics metrics,
            LlmUsageLog usage) {
        this.endpoints = List.copyOf(endpoints);
        this.limits = limits;
        this.prices = prices;
        this.metrics = metrics;
        metrics.watch(endpoints);
        this.usage = usage;
        endpoints.forEach(endpoint -> endpoint.breaker().getEventPublisher().onStateTransition(event -> {
            String change = Instant.now() + " " + endpoint.name() + " " + event.getStateTransition();
            log.warn("LLM provider {} changed state: {}", endpoint, event.getStateTransition());
            switches.add(change);
        }));
    }

    boolean isEmpty() {
        return endpoints.isEmpty();
    }

    /** The chain in use, e.g. {@code openai(gpt-4o-mini) -> ollama(llama3.1)}. */
    String describe() {
        return endpoints.stream().map(ProviderEndpoint::toString).collect(Collectors.joining(" -> "));
    }

    /** Every circuit state change so far, oldest first. */
    List<String> switches() {
        return List.copyOf(switches);
    }

    List<String> models() {
        return endpoints.stream().map(ProviderEndpoint::model).toList();
    }

    /** Each provider with its model and circuit state, in chain order. */
    List<LlmChainStatus.Provider> providers() {
        return endpoints.stream().map(e -> new LlmChainStatus.Provider(e.name(), e.model(),
                e.breaker().getState().name().toLowerCase())).toList();
    }

    /**
     * Whether some provider would take a call now: its circuit is closed or half-open, or open with the wait over (it
     * is then moved to half-open, and the trial call is left for the next review).
     */
    boolean anyAvailable() {
        for (ProviderEndpoint endpoint : endpoints) {
            CircuitBreaker.State state = endpoint.breaker().getState();
            if (state == CircuitBreaker.State.CLOSED || state == CircuitBreaker.State.HALF_OPEN) {
                return true;
            }
            if (state == CircuitBreaker.State.OPEN && endpoint.breaker().tryAcquirePermission()) {
                endpoint.breaker().releasePermission();
                return true;
            }
        }
        return false;
    }

    ProviderEndpoint endpoint(String name) {
        return endpoints.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Asks the first provider that answers.
     * @throws ReviewFailed when the request itself is rejected (a failure of this journal)
     * @throws ProvidersUnavailable when no provider answers or a rate-limit permit does not come (an outage)
     */
    LlmAnswer ask(List<ChatMessage> messages, long importId, String journalId) {
        ChatRequest request = ChatRequest.builder().messages(messages).build();
        long estimate = messages.stream().mapToLong(m -> m.toString().length()).sum() / 3 + 1024;
        AtomicInteger attempts = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        for (ProviderEndpoint endpoint : endpoints) {
            try {
                return endpoint.retry().execute(() -> attempt(endpoint, request, estimate, attempts, importId,
                        journalId));
            }
            catch (RetryException e) {
                Throwable cause = e.getLastException() != null ? e.getLastException() : e.getCause();
                if (cause instanceof ReviewFailed failed) {
                    throw failed;
                }
                if (cause instanceof ProvidersUnavailable unavailable) {
                    throw unavailable;
                }
                if (cause instanceof CallNotPermittedException) {
                    failures.add(endpoint.name() + ": out of the chain (circuit open)");
                }
                else if (LlmFailures.isTransient(cause) || LlmFailures.isProviderWide(cause)) {
                    failures.add(endpoint.name() + ": " + LlmFailures.describe(cause));
                    log.warn("LLM provider {} failed for journal {}, trying the next one: {}", endpoint, journalId,
                            LlmFailures.describe(cause));
                }
                else {
                    throw new ReviewFailed(endpoint.name() + " rejected the request: " + LlmFailures.describe(cause),
                            cause);
                }
            }
        }
        throw new ProvidersUnavailable("no LLM provider answered: " + String.join("; ", failures));
    }

    private LlmAnswer attempt(ProviderEndpoint endpoint, ChatRequest request, long estimate, AtomicInteger attempts,
            long importId, String journalId) {
        if (!endpoint.breaker().tryAcquirePermission()) {
            throw CallNotPermittedException.createCallNotPermittedException(endpoint.breaker());
        }
        try {
            limits.acquire(estimate);
        }
        catch (ProvidersUnavailable noPermit) {
            endpoint.breaker().releasePermission();
            throw noPermit;
        }
        attempts.incrementAndGet();
        long start = System.nanoTime();
        try {
            ChatResponse response = metrics.observe(endpoint.name(), endpoint.model(),
                    () -> endpoint.chat().chat(request));
            long nanos = System.nanoTime() - start;
            endpoint.breaker().onSuccess(nanos, TimeUnit.NANOSECONDS);
            TokenUsage tokens = response.tokenUsage();
            long in = tokens == null || tokens.inputTokenCount() == null ? 0 : tokens.inputTokenCount();
            long out = tokens == null || tokens.outputTokenCount() == null ? 0 : tokens.outputTokenCount();
            limits.settle(estimate, in + out);
            BigDecimal cost = prices.cost(endpoint.model(), in, out);
            record(new LlmCall(endpoint.name(), endpoint.model(), in, out, cost, nanos / 1_000_000, "success", null),
                    importId, journalId);
            return new LlmAnswer(response.aiMessage().text(), endpoint.name(), endpoint.model(), in, out, cost,
                    nanos / 1_000_000, attempts.get());
        }
        catch (RuntimeException failure) {
            long nanos = System.nanoTime() - start;
            endpoint.breaker().onError(nanos, TimeUnit.NANOSECONDS, failure);
            limits.settle(estimate, 0);
            record(new LlmCall(endpoint.name(), endpoint.model(), 0, 0, BigDecimal.ZERO, nanos / 1_000_000,
                    LlmFailures.outcome(failure), LlmFailures.describe(failure)), importId, journalId);
            throw failure;
        }
    }

    private void record(LlmCall call, long importId, String journalId) {
        metrics.record(call);
        usage.record(call, importId, journalId);
    }

}
