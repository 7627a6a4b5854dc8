package com.jaia.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How the web edge protects the API.
 *
 * @param trustedProxies CIDRs of the reverse proxies whose {@code X-Forwarded-For} is believed ({@code TRUSTED_PROXIES};
 * none by default, so the socket address is the client)
 * @param rateLimit requests allowed per client (or key) per window
 * @param blocks when suspicious requests block an address
 * @param cors the browser origins allowed to call the API
 * @param limits sizes beyond which a request is refused
 * @param oidc an optional OpenID Connect issuer whose JWTs are accepted besides API keys
 */
@ConfigurationProperties("jaia.security")
public record SecuritySettings(List<String> trustedProxies, RateLimit rateLimit, Blocks blocks, Cors cors,
        Limits limits, Oidc oidc) {

    public SecuritySettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        rateLimit = rateLimit == null ? new RateLimit(0, null) : rateLimit;
        blocks = blocks == null ? new Blocks(0, null) : blocks;
        cors = cors == null ? new Cors(null, null) : cors;
        limits = limits == null ? new Limits(0, null, null, 0) : limits;
        oidc = oidc == null ? new Oidc(null, null) : oidc;
    }

    /**
     * @param requests requests per window ({@code RATE_LIMIT_REQUESTS}, 100)
     * @param window the window ({@code RATE_LIMIT_WINDOW_SECONDS}, 60 s)
     */
    public record RateLimit(int requests, Duration window) {

        public RateLimit {
            requests = requests <= 0 ? 100 : requests;
            window = window == null || window.isZero() || window.isNegative() ? Duration.ofSeconds(60) : window;
        }

    }

    /**
     * @param threshold suspicious requests that block an address ({@code TEMP_BLOCK_THRESHOLD}, 10)
     * @param duration how long a temporary block lasts ({@code TEMP_BLOCK_DURATION_MINUTES}, 15 min)
     */
    public record Blocks(int threshold, Duration duration) {

        public Blocks {
            threshold = threshold <= 0 ? 10 : threshold;
            duration = duration == null || duration.isZero() || duration.isNegative() ? Duration.ofMinutes(15)
                    : duration;
        }

    }

    /**
     * @param allowedOrigins origins allowed to call the API from a browser ({@code CORS_ORIGINS})
     * @param maxAge how long a browser may cache a preflight answer
     */
    public record Cors(List<String> allowedOrigins, Duration maxAge) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of("http://localhost:3000", "http://localhost:8001",
                    "http://127.0.0.1:8001") : allowedOrigins.stream().map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
            maxAge = maxAge == null ? Duration.ofHours(1) : maxAge;
        }

    }

    /**
     * @param maxUrlLength longest request target (path and query) in characters (8,192)
     * @param maxHeaderSize largest total of header names and values (16KB)
     * @param maxJsonBody largest JSON request body (1MB)
     * @param maxMultipartParts most parts in a multipart upload (10)
     */
    public record Limits(int maxUrlLength, DataSize maxHeaderSize, DataSize maxJsonBody, int maxMultipartParts) {

        public Limits {
            maxUrlLength = maxUrlLength <= 0 ? 8192 : maxUrlLength;
            maxHeaderSize = maxHeaderSize == null ? DataSize.ofKilobytes(16) : maxHeaderSize;
            maxJsonBody = maxJsonBody == null ? DataSize.ofMegabytes(1) : maxJsonBody;
            maxMultipartParts = maxMultipartParts <= 0 ? 10 : maxMultipartParts;
        }

    }

    /**
     * @param issuerUri the issuer whose JWTs are accepted ({@code OIDC_ISSUER_URI}; unset = API keys only)
     * @param rolesClaim the claim holding the role names (viewer, operator, admin)
     */
    public record Oidc(String issuerUri, String rolesClaim) {

        public Oidc {
            issuerUri = issuerUri == null || issuerUri.isBlank() ? null : issuerUri.strip();
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        }

        boolean enabled() {
            return issuerUri != null;
        }

    }

}
