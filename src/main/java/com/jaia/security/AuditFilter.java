package com.jaia.security;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Writes one audit record for every mutating request that an identified caller made or that reached an endpoint:
 * the action is the method and the route pattern, the target its path variables, the outcome the status answered.
 * Refusals before identification (blocked, suspicious, rate-limited, unknown key) are security events instead.
 */
class AuditFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);

    private final AuditTrail trail;

    AuditFilter(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !EndpointRoles.mutating(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int outcome = 500;
        try {
            chain.doFilter(request, response);
            outcome = response.getStatus();
        }
        finally {
            record(request, outcome);
        }
    }

    private void record(HttpServletRequest request, int outcome) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        boolean identified = caller != null && caller.isAuthenticated() && !"anonymousUser".equals(caller.getName());
        if (!identified && pattern == null) {
            return;
        }
        String action = request.getMethod() + " " + (pattern != null ? pattern : ApiKeyFilter.path(request));
        try {
            trail.record(identified ? caller.getName() : "anonymous", EndpointAuthorization.role(caller).orElse(null), ClientAddresses.of(request),
                    String.valueOf(request.getAttribute(RequestIdFilter.ATTRIBUTE)), action, target(request, pattern),
                    outcome);
        }
        catch (RuntimeException e) {
            LOG.error("could not write the audit record of {} (outcome {}): {}", action, outcome, e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String target(HttpServletRequest request, Object pattern) {
        if (pattern == null) {
            return ApiKeyFilter.path(request);
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (!(variables instanceof Map<?, ?> map) || map.isEmpty()) {
            return "";
        }
        return new TreeMap<>((Map<String, String>) map).entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

}
