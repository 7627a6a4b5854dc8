package com.jaia.security;

/**
 * One audited request.
 *
 * @param id its place in the append-only log
 * @param at when it ended (UTC, ISO-8601)
 * @param actor the key name ({@code local} for a loopback caller while no key exists, the JWT subject with OIDC)
 * @param role the caller's role, null when the request was not authenticated
 * @param clientIp the client address (behind a trusted proxy: the forwarded one)
 * @param requestId the request's {@code X-Request-ID}
 * @param action method and route pattern, e.g. {@code POST /api/v1/jobs/{id}/stop}
 * @param target the route's path variables, e.g. {@code id=42}, or the path when no route matched
 * @param outcome the HTTP status answered
 */
record AuditRecord(long id, String at, String actor, String role, String clientIp, String requestId, String action,
        String target, int outcome) {
}
