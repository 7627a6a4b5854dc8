package com.jaia.security;

import com.jaia.problems.ProblemType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

/**
 * CORS from configuration: the listed origins may call the API from a browser; a cross-origin request from any other
 * origin, uploads included, is refused with a 403 problem detail.
 */
final class EdgeCors {

    private static final Logger SECURITY = LoggerFactory.getLogger("jaia.security");

    private EdgeCors() {
    }

    static CorsFilter filter(SecuritySettings.Cors settings) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(settings.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "X-API-Key", "Content-Type", "X-Request-ID"));
        cors.setExposedHeaders(List.of("X-Request-ID", "X-RateLimit-Limit", "X-RateLimit-Remaining", "Retry-After",
                "Location"));
        cors.setMaxAge(settings.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        CorsFilter filter = new CorsFilter(source);
        filter.setCorsProcessor(new ProblemCorsProcessor());
        return filter;
    }

    /** Refuses with a problem detail instead of the bare text "Invalid CORS request". */
    private static final class ProblemCorsProcessor extends DefaultCorsProcessor {

        @Override
        public boolean processRequest(CorsConfiguration config, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
            boolean allowed = super.processRequest(config, request, response);
            if (!allowed) {
                SECURITY.warn("refused a cross-origin {} {} from origin {} ({})", request.getMethod(),
                        request.getRequestURI(), request.getHeader("Origin"), ClientAddresses.of(request));
            }
            return allowed;
        }

        @Override
        protected void rejectRequest(ServerHttpResponse response) throws IOException {
            response.setStatusCode(HttpStatus.FORBIDDEN);
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            response.getBody().write(("{\"type\":\"" + ProblemType.ORIGIN_NOT_ALLOWED.uri() + "\",\"title\":\""
                    + ProblemType.ORIGIN_NOT_ALLOWED.title() + "\",\"status\":403,\"detail\":\"This origin may not "
                    + "call the API from a browser. An administrator "
                    + "can allow it with jaia.security.cors.allowed-origins.\"}").getBytes(StandardCharsets.UTF_8));
            response.flush();
        }

    }

}
