package com.jaia.observability;

import java.util.Locale;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import org.slf4j.event.KeyValuePair;

/**
 * Counts the events logged through {@code jaia.security} as {@code jaia_security_events_total} by kind, so the
 * security code needs no meter of its own. The kind is the event's {@code event} key-value when it has one
 * ({@code rate_limit}, {@code ip_block}, {@code blocked_request}, {@code auth_failure}, {@code suspicious}), otherwise
 * read from its message (the security filters' wording: "rate limit: ...", "blocked ADDRESS for ...", "refused ... from
 * blocked address ...", "suspicious request ...", "unauthenticated ...", "forbidden ...").
 * Attached to the logger in {@code logback-spring.xml}; it counts into Micrometer's global registry, which holds the
 * application's registries.
 */
public class SecurityEventCounter extends AppenderBase<ILoggingEvent> {

    /** The kinds every deployment reports, at zero until the first event. */
    static final String[] KINDS = { "rate_limit", "ip_block", "blocked_request", "auth_failure", "suspicious",
        "other" };

    static final String METER = "jaia.security.events";

    @Override
    protected void append(ILoggingEvent event) {
        Counter.builder(METER).description("Security events by kind").tag("kind", kind(event))
            .register(Metrics.globalRegistry).increment();
    }

    static String kind(ILoggingEvent event) {
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair pair : event.getKeyValuePairs()) {
                if (("event".equals(pair.key) || "kind".equals(pair.key)) && pair.value != null) {
                    return normalise(pair.value.toString());
                }
            }
        }
        return normalise(event.getFormattedMessage());
    }

    private static String normalise(String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (lower.contains("rate_limit") || lower.contains("too_many")) {
            return "rate_limit";
        }
        if (lower.contains("blocked_address") || lower.contains("blocked_request")) {
            return "blocked_request";
        }
        if (lower.contains("unblock")) {
            return "other";
        }
        if (lower.contains("block")) {
            return "ip_block";
        }
        if (lower.contains("suspicious")) {
            return "suspicious";
        }
        if (lower.startsWith("unauthenticated") || lower.startsWith("forbidden") || lower.contains("auth_fail")
                || lower.contains("authentication_fail") || lower.contains("invalid_api_key")) {
            return "auth_failure";
        }
        return "other";
    }

}
