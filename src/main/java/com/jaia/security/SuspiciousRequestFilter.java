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

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests from blocked addresses (403) and requests that look like attacks (400, counted towards a block).
 */
class SuspiciousRequestFilter extends OncePerRequestFilter {

    private static final Logger SECURITY = LoggerFactory.getLogger("jaia.security");

    private final IpBlocks blocks;

    SuspiciousRequestFilter(IpBlocks blocks) {
        this.blocks = blocks;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = ClientAddresses.of(request);
        if (blocks.blocked(client)) {
            SECURITY.warn("refused {} {} from blocked address {}", request.getMethod(), request.getRequestURI(),
                    client);
            EdgeProblems.write(request, response, ProblemType.ADDRESS_BLOCKED,
                    "Requests from " + client + " are blocked. Ask an administrator to lift the block if this is "
                            + "a mistake.");
            return;
        }
        Optional<String> attack = SuspiciousRequests.check(request);
        if (attack.isPresent()) {
            refuse(request, response, client, attack.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Answers a suspicious request with 400 and counts it against the address. */
    void refuse(HttpServletRequest request, HttpServletResponse response, String client, String what)
            throws IOException {
        SECURITY.warn("suspicious request from {}: {} ({} {})", client, what, request.getMethod(),
                request.getRequestURI());
        blocks.violation(client, what);
        EdgeProblems.write(request, response, ProblemType.SUSPICIOUS_REQUEST,
                "The request was refused because it looks like an attack (" + what + "). Repeated suspicious "
                        + "requests block the address for a while.");
    }

}
