package com.jaia.security;

import static com.jaia.security.Edge.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * 100 requests per minute per client (the defaults), counted by the client address that a trusted proxy forwards
 * and by the socket's peer otherwise; the same address goes into the audit trail.
 */
@EdgeTest
class RateLimitAndProxyTests extends EdgeTests {

    @Autowired
    AuditTrail trail;

    @Test
    void answersThe101stRequestOfAWindowWith429AndRetryAfter() throws Exception {
        for (int i = 1; i <= 100; i++) {
            edge.mvc.perform(from("10.30.0.1", get("/api/v1/no-such-thing"))).andExpect(status().isUnauthorized())
                .andExpect(header().string("X-RateLimit-Limit", "100"))
                .andExpect(header().string("X-RateLimit-Remaining", Integer.toString(100 - i)));
        }
        MvcResult limited = edge.mvc.perform(from("10.30.0.1", get("/api/v1/no-such-thing")))
            .andExpect(status().isTooManyRequests())
            .andExpect(jsonPath("$.type").value("/problems/too-many-requests"))
            .andExpect(header().string("X-RateLimit-Remaining", "0"))
            .andReturn();
        assertThat(Long.parseLong(limited.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
        // another client, and health, are not affected
        edge.mvc.perform(from("10.30.0.2", get("/api/v1/no-such-thing"))).andExpect(status().isUnauthorized());
        edge.mvc.perform(from("10.30.0.1", get("/health"))).andExpect(status().isOk());
    }

    @Test
    void ignoresForwardedForFromAnUntrustedPeer() throws Exception {
        for (int i = 0; i < 100; i++) {
            edge.mvc.perform(from("10.31.0.1", get("/api/v1/no-such-thing")).header("X-Forwarded-For",
                    "198.51.100." + (i % 250))).andExpect(status().isUnauthorized());
        }
        // the spoofed header named a new address each time, yet all 100 counted against the peer
        edge.mvc.perform(from("10.31.0.1", get("/api/v1/no-such-thing")).header("X-Forwarded-For", "198.51.100.251"))
            .andExpect(status().isTooManyRequests());
        assertThat(auditedAddress(from("10.32.0.1", post("/api/v1/jobs/987654/stop"))
            .header("X-Forwarded-For", "203.0.113.50"))).isEqualTo("10.32.0.1");
    }

    @Test
    void believesForwardedForFromATrustedProxy() throws Exception {
        for (int i = 0; i < 100; i++) {
            edge.mvc.perform(from("10.9.0.5", get("/api/v1/no-such-thing"))
                .header("X-Forwarded-For", "203.0.113.77")).andExpect(status().isUnauthorized());
        }
        edge.mvc.perform(from("10.9.0.5", get("/api/v1/no-such-thing")).header("X-Forwarded-For", "203.0.113.77"))
            .andExpect(status().isTooManyRequests());
        // another client behind the same proxy has its own bucket, and a spoofed hop before the proxy's is skipped
        edge.mvc.perform(from("10.9.0.5", get("/api/v1/no-such-thing"))
            .header("X-Forwarded-For", "203.0.113.77, 203.0.113.78")).andExpect(status().isUnauthorized());
        assertThat(auditedAddress(from("10.9.0.6", post("/api/v1/jobs/987654/stop"))
            .header("X-Forwarded-For", "1.2.3.4, 203.0.113.79, 10.9.0.7"))).isEqualTo("203.0.113.79");
    }

    @Test
    void limitsEachKeyOnItsOwn() throws Exception {
        Edge.Key other = edge.key(Role.VIEWER);
        for (int i = 0; i < 100; i++) {
            edge.mvc.perform(from("10.33.0.1", viewer().on(get("/api/v1/no-such-thing"))))
                .andExpect(status().isNotFound());
        }
        edge.mvc.perform(from("10.33.0.1", viewer().on(get("/api/v1/no-such-thing"))))
            .andExpect(status().isTooManyRequests());
        edge.mvc.perform(from("10.33.0.1", other.on(get("/api/v1/no-such-thing")))).andExpect(status().isNotFound());
    }

    /** The client address the audit trail recorded for one mutating request. */
    private String auditedAddress(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        Edge.Key operator = edge.key(Role.OPERATOR);
        String requestId = "rate-" + UUID.randomUUID();
        edge.mvc.perform(operator.on(request).header("X-Request-ID", requestId)).andExpect(status().isNotFound());
        return trail.page(null, operator.name(), null, 0, 10).items().stream()
            .filter(r -> r.requestId().equals(requestId)).findFirst().orElseThrow().clientIp();
    }

}
