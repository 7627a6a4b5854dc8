package com.jaia.security;

import com.jaia.problems.ProblemType;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests whose URL, headers or JSON body exceed the configured limits, as problem details; a JSON body sent
 * without a length is cut off at the limit.
 */
class InputLimitsFilter extends OncePerRequestFilter {

    private final SecuritySettings.Limits limits;

    InputLimitsFilter(SecuritySettings.Limits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        int urlLength = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (urlLength > limits.maxUrlLength()) {
            EdgeProblems.write(request, response, ProblemType.URI_TOO_LONG, "The URL has " + urlLength
                    + " characters; at most " + limits.maxUrlLength() + " are accepted. Send large inputs in the body.");
            return;
        }
        long headerBytes = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                headerBytes += name.length() + value.length() + 4;
            }
        }
        if (headerBytes > limits.maxHeaderSize().toBytes()) {
            EdgeProblems.write(request, response, ProblemType.HEADERS_TOO_LARGE,
                    "The request headers take " + headerBytes + " bytes; at most " + limits.maxHeaderSize().toBytes()
                            + " are accepted.");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json")) {
            long max = limits.maxJsonBody().toBytes();
            if (request.getContentLengthLong() > max) {
                EdgeProblems.write(request, response, ProblemType.BODY_TOO_LARGE,
                        "The JSON body has " + request.getContentLengthLong() + " bytes; at most " + max
                                + " are accepted.");
                return;
            }
            chain.doFilter(new LimitedBody(request, max), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A request whose body cannot be read past the limit. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long max;

        LimitedBody(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {

                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > max) {
                        throw new IOException("the JSON body exceeds " + max + " bytes");
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }

    }

}
