/**
 * The web edge: API keys and roles, the one mapping of endpoints to roles, client addresses behind trusted proxies,
 * security headers, CORS, rate limits, suspicious-request blocking, input limits, request ids and the audit trail.
 */
package com.jaia.security;
