package com.jaia.security;

import com.jaia.problems.ProblemType;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a missing or rejected credential with 401 and a too-low role with 403, as problem details, and logs both
 * as security events.
 */
final class EdgeRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger SECURITY = LoggerFactory.getLogger("jaia.security");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        SECURITY.warn("unauthenticated {} {} from {}: {}", request.getMethod(), request.getRequestURI(),
                ClientAddresses.of(request), failure.getMessage());
        response.setHeader("WWW-Authenticate", "Bearer");
        EdgeProblems.write(request, response, ProblemType.UNAUTHORIZED,
                "This endpoint needs an API key: send it as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        var caller = SecurityContextHolder.getContext().getAuthentication();
        String role = EndpointAuthorization.role(caller).map(Role::label).orElse("none");
        String needed = EndpointRoles.required(request.getMethod(), ApiKeyFilter.path(request)).map(Role::label)
            .orElse("none");
        SECURITY.warn("forbidden {} {} for {} (role {}, needs {}) from {}", request.getMethod(),
                request.getRequestURI(), caller == null ? "nobody" : caller.getName(), role, needed,
                ClientAddresses.of(request));
        EdgeProblems.write(request, response, ProblemType.FORBIDDEN,
                "This request needs the " + needed + " role; the key used has the " + role + " role.");
    }

}
