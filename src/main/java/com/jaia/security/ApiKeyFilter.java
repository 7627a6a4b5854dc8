package com.jaia.security;

import com.jaia.problems.ProblemType;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}. While no key exists (and no OIDC issuer
 * is configured) a caller on this machine (loopback) acts as admin and anyone else is refused; a bearer token that is
 * not an API key is left to the OIDC resource server when one is configured.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    private static final Logger SECURITY = LoggerFactory.getLogger("jaia.security");

    private final ApiKeys keys;

    private final boolean oidc;

    ApiKeyFilter(ApiKeys keys, boolean oidc) {
        this.keys = keys;
        this.oidc = oidc;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedKey(request);
        String client = ClientAddresses.of(request);
        if (presented != null) {
            Optional<ApiKey> key = keys.authenticate(presented);
            if (key.isEmpty()) {
                SECURITY.warn("unknown API key {} from {} ({} {})", ApiKeys.mask(presented), client,
                        request.getMethod(), request.getRequestURI());
                EdgeProblems.write(request, response, ProblemType.UNAUTHORIZED,
                        "The API key is not known: it may have been revoked or mistyped.");
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(EdgeAuthentication.key(key.get()));
        }
        else if (!oidc || request.getHeader("Authorization") == null) {
            if (!oidc && !keys.any()) {
                if (ClientAddresses.loopback(client)) {
                    SecurityContextHolder.getContext().setAuthentication(EdgeAuthentication.local());
                }
                else if (EndpointRoles.required(request.getMethod(), path(request)).isPresent()) {
                    SECURITY.warn("refused {} {} from {}: no API key exists, so only this machine is served",
                            request.getMethod(), request.getRequestURI(), client);
                    EdgeProblems.write(request, response, ProblemType.LOCAL_ONLY,
                            "This server has no API key yet, so it answers requests from its own machine only. "
                                    + "Create a key there with 'java -jar jaia.jar keys create --name=NAME "
                                    + "--role=admin' and send it as 'Authorization: Bearer KEY'.");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The API key of the request, or null; a bearer token that is not an API key is not one. */
    private String presentedKey(HttpServletRequest request) {
        String header = request.getHeader("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = authorization.substring(7).strip();
            return token.startsWith(ApiKeys.PREFIX) || !oidc ? token : null;
        }
        return null;
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

}
