package com.jaia.review;

import java.time.Duration;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * The client-side limits kept before every call: requests and tokens a minute, shared by all providers.
 */
final class RequestLimits {

    private final Bucket requests;

    private final Bucket tokens;

    private final long tokenCapacity;

    private final Duration maxWait;

    RequestLimits(int requestsPerMinute, int tokensPerMinute, Duration maxWait) {
        this.requests = Bucket.builder().addLimit(Bandwidth.builder().capacity(requestsPerMinute)
            .refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build()).build();
        this.tokens = Bucket.builder().addLimit(Bandwidth.builder().capacity(tokensPerMinute)
            .refillGreedy(tokensPerMinute, Duration.ofMinutes(1)).build()).build();
        this.tokenCapacity = tokensPerMinute;
        this.maxWait = maxWait;
    }

    /**
     * Waits for one request permit and the estimated tokens.
     * @throws ProvidersUnavailable when the permits do not come within the configured wait
     */
    void acquire(long estimatedTokens) {
        try {
            if (!requests.asBlocking().tryConsume(1, maxWait)) {
                throw new ProvidersUnavailable("request rate limit: no request permit within " + maxWait);
            }
            if (!tokens.asBlocking().tryConsume(Math.min(estimatedTokens, tokenCapacity), maxWait)) {
                throw new ProvidersUnavailable("token rate limit: no permit for " + estimatedTokens + " tokens within " + maxWait);
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvidersUnavailable("interrupted while waiting for a rate-limit permit", e);
        }
    }

    /** Corrects the token bucket once the provider has reported the tokens actually used. */
    void settle(long estimatedTokens, long actualTokens) {
        long estimate = Math.min(estimatedTokens, tokenCapacity);
        if (actualTokens > estimate) {
            tokens.consumeIgnoringRateLimits(actualTokens - estimate);
        }
        else if (actualTokens < estimate) {
            tokens.addTokens(estimate - actualTokens);
        }
    }

}
