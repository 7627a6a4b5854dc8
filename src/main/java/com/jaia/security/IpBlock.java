package com.jaia.security;

/**
 * An address the edge refuses.
 *
 * @param address the client address
 * @param kind {@code permanent} (until unblocked) or {@code temporary}
 * @param reason why it is blocked
 * @param blockedBy the key name of the admin, or {@code automatic}
 * @param since when the block began (UTC, ISO-8601)
 * @param until when a temporary block ends, null for a permanent one
 */
record IpBlock(String address, String kind, String reason, String blockedBy, String since, String until) {
}
