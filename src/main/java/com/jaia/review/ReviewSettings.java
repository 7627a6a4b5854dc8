package com.jaia.review;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the LLM review chooses journals, which providers it asks in which order, and the limits it keeps.
 *
 * @param provider the primary provider ({@code LLM_PROVIDER}); blank means none: every journal is skipped
 * @param model the primary provider's model ({@code LLM_MODEL}); blank takes the provider's own default
 * @param fallbackProviders providers tried after the primary, in order ({@code LLM_FALLBACK_PROVIDERS})
 * @param providers connection settings per provider name (keys, endpoints, models of the fallbacks)
 * @param minRiskBand the lowest journal risk band reviewed: critical, high, medium, low or minimal
 * @param maxJournals the most journals reviewed per import
 * @param chunkSize journals per chunk (one checkpoint each)
 * @param concurrency LLM calls in flight at once
 * @param skipLimit journals the step may skip for provider failures before it fails
 * @param language prompt language, {@code ja} or {@code en}
 * @param maxOutputTokens the answer's token limit
 * @param requestsPerMinute client-side request limit ({@code LLM_REQUESTS_PER_MINUTE})
 * @param tokensPerMinute client-side token limit ({@code LLM_TOKENS_PER_MINUTE})
 * @param rateLimitWait how long a call may wait for a request or token permit before its journal is skipped
 * @param budget the most one import may spend on LLM calls, in the price table's currency (0: no limit)
 * @param prices price per million input and output tokens, by model name
 * @param timeout the per-call timeout given to the clients
 * @param retry back-off for transient failures of one provider
 * @param breaker when a provider is taken out of the chain and when it is tried again
 * @param retryCron when the server retries deferred reviews (Spring cron, default hourly); a tick does nothing while
 *     every provider's circuit is open or nothing is deferred
 */
@ConfigurationProperties("jaia.review")
public record ReviewSettings(String provider, String model, List<String> fallbackProviders,
        Map<String, ProviderSettings> providers, String minRiskBand, int maxJournals, int chunkSize, int concurrency,
        int skipLimit, String language, int maxOutputTokens, int requestsPerMinute, int tokensPerMinute,
        Duration rateLimitWait, BigDecimal budget, Map<String, ModelPrice> prices, Duration timeout, Retry retry,
        Breaker breaker, String retryCron) {

    public ReviewSettings {
        provider = provider == null ? "" : provider.trim().toLowerCase();
        model = model == null ? "" : model.trim();
        fallbackProviders = fallbackProviders == null ? List.of()
                : fallbackProviders.stream().map(String::trim).filter(p -> !p.isEmpty()).map(String::toLowerCase)
                    .toList();
        providers = providers == null ? Map.of() : Map.copyOf(providers);
        minRiskBand = minRiskBand == null || minRiskBand.isBlank() ? "high" : minRiskBand.trim().toLowerCase();
        maxJournals = maxJournals <= 0 ? 100 : maxJournals;
        chunkSize = chunkSize <= 0 ? 10 : chunkSize;
        concurrency = concurrency <= 0 ? 4 : concurrency;
        skipLimit = skipLimit <= 0 ? 20 : skipLimit;
        language = language == null || language.isBlank() ? "ja" : language.trim().toLowerCase();
        maxOutputTokens = maxOutputTokens <= 0 ? 1024 : maxOutputTokens;
        requestsPerMinute = requestsPerMinute <= 0 ? 60 : requestsPerMinute;
        tokensPerMinute = tokensPerMinute <= 0 ? 100_000 : tokensPerMinute;
        rateLimitWait = rateLimitWait == null ? Duration.ofMinutes(5) : rateLimitWait;
        budget = budget == null ? new BigDecimal("10.00") : budget;
        prices = prices == null ? Map.of() : Map.copyOf(prices);
        timeout = timeout == null ? Duration.ofSeconds(60) : timeout;
        retry = retry == null ? new Retry(null, null, null, null) : retry;
        breaker = breaker == null ? new Breaker(0, null, null, 0, null) : breaker;
        retryCron = retryCron == null || retryCron.isBlank() ? "0 0 * * * *" : retryCron.strip();
    }

    /** The ordered provider names: the primary, then the fallbacks, without repeats. */
    List<String> chain() {
        return java.util.stream.Stream.concat(provider.isEmpty() ? java.util.stream.Stream.empty()
                : java.util.stream.Stream.of(provider), fallbackProviders.stream()).distinct().toList();
    }

    ProviderSettings providerSettings(String name) {
        return providers.getOrDefault(name, new ProviderSettings(null, null, null, null, null, null, null));
    }

    /**
     * Connection settings of one provider; each provider reads only the fields it needs.
     *
     * @param apiKey the key or bearer token
     * @param baseUrl the API's base URL (OpenAI-compatible servers, Ollama, Anthropic, Gemini)
     * @param model the model used when this provider is a fallback (the primary uses {@code LLM_MODEL})
     * @param endpoint the Azure endpoint
     * @param region the AWS region of Bedrock
     * @param project the GCP project of Vertex AI
     * @param location the GCP location of Vertex AI
     */
    public record ProviderSettings(String apiKey, String baseUrl, String model, String endpoint, String region,
            String project, String location) {
    }

    /**
     * The price of a model.
     *
     * @param inputPerMillion price of one million prompt tokens
     * @param outputPerMillion price of one million answer tokens
     */
    public record ModelPrice(BigDecimal inputPerMillion, BigDecimal outputPerMillion) {
    }

    /**
     * Exponential back-off with jitter for transient failures (429, 5xx, timeouts, refused connections).
     *
     * @param maxRetries retries after the first attempt, per provider
     * @param delay the first back-off
     * @param maxDelay the longest back-off
     * @param jitter the random spread added to or taken from each back-off
     */
    public record Retry(Integer maxRetries, Duration delay, Duration maxDelay, Duration jitter) {

        public Retry {
            maxRetries = maxRetries == null || maxRetries < 0 ? 3 : maxRetries;
            delay = delay == null ? Duration.ofSeconds(1) : delay;
            maxDelay = maxDelay == null ? Duration.ofSeconds(30) : maxDelay;
            jitter = jitter == null ? delay.dividedBy(2) : jitter;
        }

    }

    /**
     * A circuit breaker per provider over a sliding time window.
     *
     * @param failureRatePercent error (and 429) rate that takes a provider out of the chain
     * @param window the sliding window the rates are measured over
     * @param slowCall a call slower than this counts as slow
     * @param minimumCalls calls in the window before a rate is judged
     * @param waitInOpen how long a provider stays out before it is tried again
     */
    public record Breaker(float failureRatePercent, Duration window, Duration slowCall, int minimumCalls,
            Duration waitInOpen) {

        public Breaker {
            failureRatePercent = failureRatePercent <= 0 ? 5f : failureRatePercent;
            window = window == null ? Duration.ofMinutes(5) : window;
            slowCall = slowCall == null ? Duration.ofSeconds(30) : slowCall;
            minimumCalls = minimumCalls <= 0 ? 10 : minimumCalls;
            waitInOpen = waitInOpen == null ? Duration.ofMinutes(1) : waitInOpen;
        }

    }

}
