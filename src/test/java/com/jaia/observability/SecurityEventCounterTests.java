package com.jaia.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.slf4j.event.KeyValuePair;

class SecurityEventCounterTests {

    @Test
    void readsTheKindFromTheSecurityFiltersWording() {
        assertThat(kind("rate limit: 10.0.0.1 exceeded 100 requests per PT1M (GET /api/v1/jobs)")).isEqualTo("rate_limit");
        assertThat(kind("blocked 10.0.0.9 for PT1H after 5 suspicious requests (last: path traversal)"))
            .isEqualTo("ip_block");
        assertThat(kind("admin blocked 10.0.0.9 permanently: scanner")).isEqualTo("ip_block");
        assertThat(kind("refused GET /api/v1/jobs from blocked address 10.0.0.9")).isEqualTo("blocked_request");
        assertThat(kind("admin unblocked 10.0.0.9")).isEqualTo("other");
        assertThat(kind("suspicious request from 10.0.0.9: path traversal (GET /../etc)")).isEqualTo("suspicious");
        assertThat(kind("unauthenticated GET /api/v1/jobs from 10.0.0.2: no key")).isEqualTo("auth_failure");
        assertThat(kind("forbidden POST /api/v1/imports for viewer (role viewer, needs operator) from 10.0.0.2"))
            .isEqualTo("auth_failure");
        assertThat(kind("No API key exists: the server answers requests from this machine (loopback) only."))
            .isEqualTo("other");
    }

    @Test
    void anEventKeyValueWins() {
        LoggingEvent event = event("client refused");
        event.addKeyValuePair(new KeyValuePair("event", "rate-limit"));
        assertThat(SecurityEventCounter.kind(event)).isEqualTo("rate_limit");
    }

    private static String kind(String message) {
        return SecurityEventCounter.kind(event(message));
    }

    private static LoggingEvent event(String message) {
        LoggingEvent event = new LoggingEvent();
        event.setLevel(Level.WARN);
        event.setLoggerName(LogNames.SECURITY);
        event.setMessage(message);
        return event;
    }

}
