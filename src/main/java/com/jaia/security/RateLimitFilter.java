package com.jaia.security;

import com.jaia.problems.ProblemType;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Allows each client a number of requests per window (per key when the request carries one, else per address),
 * reports what is left in {@code X-RateLimit-*} headers and answers 429 with {@code Retry-After} beyond it. Health
 * and documentation are not limited.
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger SECURITY = LoggerFactory.getLogger("jaia.security");

    /** Past this many clients, buckets that are full again are dropped. */
    private static final int PRUNE_AT = 10_000;

    private final SecuritySettings.RateLimit settings;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimitFilter(SecuritySettings.RateLimit settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return EndpointRoles.open(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientKey(request);
        ConsumptionProbe probe = bucket(client).tryConsumeAndReturnRemaining(1);
        response.setHeader("X-RateLimit-Limit", Integer.toString(settings.requests()));
        response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        response.setHeader("Retry-After", Long.toString(retryAfter));
        SECURITY.warn("rate limit: {} exceeded {} requests per {} ({} {})", client, settings.requests(),
                settings.window(), request.getMethod(), request.getRequestURI());
        EdgeProblems.write(request, response, ProblemType.TOO_MANY_REQUESTS,
                "More than " + settings.requests() + " requests in " + settings.window().toSeconds()
                        + " seconds. Retry after " + retryAfter + " seconds.");
    }

    private static String clientKey(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof EdgeAuthentication edge && edge.keyed()) {
            return "key " + edge.getName();
        }
        return "address " + ClientAddresses.of(request);
    }

    private Bucket bucket(String client) {
        if (buckets.size() > PRUNE_AT) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= settings.requests());
        }
        return buckets.computeIfAbsent(client, c -> Bucket.builder()
            .addLimit(Bandwidth.builder().capacity(settings.requests())
                .refillIntervally(settings.requests(), settings.window()).build())
            .build());
    }

}
