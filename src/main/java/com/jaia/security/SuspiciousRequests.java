package com.jaia.security;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The attack patterns looked for in a request's path, query and headers: path traversal, script injection, SQL
 * injection and template injection. Bodies are not inspected: ledgers may hold any text.
 */
final class SuspiciousRequests {

    /** A pattern and what it means. */
    private record Signature(String name, Pattern pattern) {
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature("path traversal", Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)|%2e%2e|\\x00",
                    Pattern.CASE_INSENSITIVE)),
            new Signature("script injection", Pattern.compile(
                    "<\\s*/?\\s*(script|iframe|object|embed|svg)\\b|javascript\\s*:|\\bon(error|load|mouseover)\\s*=",
                    Pattern.CASE_INSENSITIVE)),
            new Signature("SQL injection", Pattern.compile("\\bunion\\b\\s+(all\\s+)?select\\b"
                    + "|'\\s*(or|and)\\s+'?[\\w]+'?\\s*(=|like)\\s*'?[\\w]+"
                    + "|;\\s*(drop|truncate|alter|delete|insert|update|create)\\s+(table|from|into|database|\\w+\\s+set)\\b"
                    + "|\\b(sleep|pg_sleep|benchmark)\\s*\\(\\s*\\d+|\\bwaitfor\\s+delay\\b|'\\s*;?\\s*--",
                    Pattern.CASE_INSENSITIVE)),
            new Signature("template injection", Pattern.compile("\\$\\{|\\{\\{|#\\{|<%|\\$\\(")));

    /** Headers that carry credentials or opaque values the patterns would only misread. */
    private static final Set<String> SKIPPED_HEADERS = Set.of("authorization", "x-api-key", "cookie", "content-type",
            "if-none-match", "if-match");

    private SuspiciousRequests() {
    }

    /** What the request looks like an attempt at, if anything. */
    static Optional<String> check(HttpServletRequest request) {
        Optional<String> found = match("path", decode(request.getRequestURI()));
        if (found.isEmpty() && request.getQueryString() != null) {
            found = match("query", decode(request.getQueryString()));
        }
        for (String name : Collections.list(request.getHeaderNames())) {
            if (found.isPresent()) {
                break;
            }
            if (!SKIPPED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : Collections.list(request.getHeaders(name))) {
                    found = found.or(() -> match("header " + name, value));
                }
            }
        }
        return found;
    }

    private static Optional<String> match(String where, String text) {
        return SIGNATURES.stream().filter(s -> s.pattern().matcher(text).find()).findFirst()
            .map(s -> s.name() + " in the " + where);
    }

    /** Decodes twice, so that double-encoded attacks are seen too; undecodable text is checked as it is. */
    private static String decode(String text) {
        String once = decodeOnce(text);
        return once + "\n" + decodeOnce(once);
    }

    private static String decodeOnce(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException e) {
            return text;
        }
    }

}
