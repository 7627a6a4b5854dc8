package com.jaia.security;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (one an outer filter already chose, else the client's {@code X-Request-ID} when it is
 * well-formed, else a new one), answers it in the same header, and resolves the client address once; both go into
 * the logging context for the request.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-ID";

    static final String ATTRIBUTE = RequestIdFilter.class.getName();

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final ClientAddresses addresses;

    RequestIdFilter(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = firstWellFormed(MDC.get("requestId"), request.getHeader(HEADER));
        String client = addresses.resolve(request);
        request.setAttribute(ATTRIBUTE, requestId);
        request.setAttribute(ClientAddresses.ATTRIBUTE, client);
        response.setHeader(HEADER, requestId);
        String outerRequestId = MDC.get("requestId");
        String outerClientIp = MDC.get("clientIp");
        MDC.put("requestId", requestId);
        MDC.put("clientIp", client);
        try {
            chain.doFilter(request, response);
        }
        finally {
            restore("requestId", outerRequestId);
            restore("clientIp", outerClientIp);
        }
    }

    private static String firstWellFormed(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && WELL_FORMED.matcher(candidate).matches()) {
                return candidate;
            }
        }
        return UUID.randomUUID().toString();
    }

    private static void restore(String key, String outer) {
        if (outer == null) {
            MDC.remove(key);
        }
        else {
            MDC.put(key, outer);
        }
    }

}
