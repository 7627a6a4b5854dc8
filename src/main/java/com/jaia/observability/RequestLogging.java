package com.jaia.observability;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a request id (the caller's {@code X-Request-Id} when it is a plausible one) and puts it and the
 * client IP into the MDC of every line logged while the request is served, then logs method, path, status and
 * duration to {@code jaia.performance}. It runs inside the tracing filter, so those lines carry the trace id too,
 * and before the security filters, so their lines carry the request id.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLogging extends OncePerRequestFilter {

    static final String REQUEST_ID_HEADER = "X-Request-Id";

    private static final Logger performance = LoggerFactory.getLogger(LogNames.PERFORMANCE);

    private static final Pattern PLAUSIBLE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offered = request.getHeader(REQUEST_ID_HEADER);
        String requestId = offered != null && PLAUSIBLE_ID.matcher(offered).matches() ? offered
                : UUID.randomUUID().toString();
        response.setHeader(REQUEST_ID_HEADER, requestId);
        long started = System.nanoTime();
        MDC.put(LogNames.REQUEST_ID, requestId);
        MDC.put(LogNames.CLIENT_IP, request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        }
        finally {
            long millis = (System.nanoTime() - started) / 1_000_000;
            performance.atInfo()
                .addKeyValue("method", request.getMethod())
                .addKeyValue("path", request.getRequestURI())
                .addKeyValue("status", response.getStatus())
                .addKeyValue("durationMs", millis)
                .log("{} {} {} {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(), millis);
            MDC.remove(LogNames.REQUEST_ID);
            MDC.remove(LogNames.CLIENT_IP);
        }
    }

}
