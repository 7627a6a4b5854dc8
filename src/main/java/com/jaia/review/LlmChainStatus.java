package com.jaia.review;

import java.util.List;

/**
 * What the health endpoint reports about the LLM review: the provider chain with each circuit's state and how many
 * reviews wait for a retry. It is information only and never makes the application unhealthy.
 *
 * @param status {@code available} (some provider takes calls), {@code unavailable} (every circuit is open) or
 *     {@code not_configured} (no provider: reviews are skipped)
 * @param providers the chain in order
 * @param deferredReviews reviews deferred by an outage, waiting for a retry
 */
public record LlmChainStatus(String status, List<Provider> providers, long deferredReviews) {

    /**
     * One provider of the chain.
     *
     * @param name the provider name
     * @param model the model asked
     * @param breaker its circuit state: {@code closed}, {@code open} or {@code half_open}
     */
    public record Provider(String name, String model, String breaker) {
    }

}
