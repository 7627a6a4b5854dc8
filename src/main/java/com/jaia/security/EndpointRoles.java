package com.jaia.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

/**
 * The one place that says which role each endpoint needs, by method and path, so that endpoints added anywhere are
 * covered without further configuration: reads need viewer; imports, jobs and reviews need operator to change; every
 * other change (masters, account classes, ip blocks, ops, rollback of an import) needs admin.
 */
final class EndpointRoles {

    /** Answered without a key: health for load balancers, and the API documentation. */
    private static final List<String> OPEN = List.of("/health", "/api/v1/health", "/actuator/health",
            "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
            "/swagger-ui/**", "/error");

    /** Reads that show who did what or who is blocked: admin only. */
    private static final List<String> ADMIN_READS = List.of("/api/v1/audit", "/api/v1/audit/**", "/api/v1/admin/**");

    /** Where an operator may change things. */
    private static final List<String> OPERATOR_WRITES = List.of("/api/v1/imports", "/api/v1/imports/**",
            "/api/v1/jobs", "/api/v1/jobs/**", "/api/v1/reviews", "/api/v1/reviews/**");

    /** Operator paths whose change still needs admin: deleting an import rolls its data back. */
    private static final List<String> ADMIN_WRITES = List.of("/api/v1/imports/*");

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private EndpointRoles() {
    }

    /** The role a request needs; empty when the endpoint is open to everyone. */
    static Optional<Role> required(String method, String path) {
        if (matches(OPEN, path)) {
            return Optional.empty();
        }
        if (READS.contains(method)) {
            return Optional.of(matches(ADMIN_READS, path) ? Role.ADMIN : Role.VIEWER);
        }
        if (HttpMethod.DELETE.matches(method) && matches(ADMIN_WRITES, path)) {
            return Optional.of(Role.ADMIN);
        }
        return Optional.of(matches(OPERATOR_WRITES, path) ? Role.OPERATOR : Role.ADMIN);
    }

    /** True for the endpoints that change something, and so leave an audit record. */
    static boolean mutating(String method) {
        return !READS.contains(method) && !"TRACE".equals(method);
    }

    /** Health and docs: no rate limit, so probes and documentation never run out. */
    static boolean open(String path) {
        return matches(OPEN, path);
    }

    private static boolean matches(List<String> patterns, String path) {
        return patterns.stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }

}
