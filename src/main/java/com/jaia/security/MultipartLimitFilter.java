package com.jaia.security;

import com.jaia.problems.ProblemType;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses multipart requests with more parts than configured; runs after authorization, so only a caller allowed to
 * upload makes the server read a multipart body.
 */
class MultipartLimitFilter extends OncePerRequestFilter {

    private final int maxParts;

    MultipartLimitFilter(int maxParts) {
        this.maxParts = maxParts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            int parts;
            try {
                parts = request.getParts().size();
            }
            catch (RuntimeException | IOException | ServletException unreadable) {
                // too large or malformed: the web layer answers it with its own problem detail
                chain.doFilter(request, response);
                return;
            }
            if (parts > maxParts) {
                EdgeProblems.write(request, response, ProblemType.TOO_MANY_PARTS,
                        "The multipart request has " + parts + " parts; at most " + maxParts + " are accepted.");
                return;
            }
        }
        chain.doFilter(request, response);
    }

}
