package com.jaia.security;

/**
 * A stored API key as anyone may see it: its name and role, never the key.
 *
 * @param name who or what uses the key
 * @param role what the key may do
 * @param createdAt when it was created (UTC, ISO-8601)
 * @param lastUsedAt when it was last accepted (to the minute), or null
 */
record ApiKey(String name, Role role, String createdAt, String lastUsedAt) {
}
