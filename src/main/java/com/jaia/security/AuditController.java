package com.jaia.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail (admin), newest first: {@code GET /api/v1/audit?since=&actor=&action=&page=&size=}.
 */
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit")
    AuditTrail.AuditPage audit(@RequestParam(required = false) String since,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and 1000");
        }
        return trail.page(since == null ? null : instant(since), blank(actor), blank(action), page, size);
    }

    /** Accepts an ISO-8601 instant, or a local date-time or date taken as UTC. */
    private static String instant(String since) {
        try {
            if (since.length() == 10) {
                return AuditTrail.timestamp(LocalDate.parse(since).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (since.endsWith("Z") || since.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return AuditTrail.timestamp(OffsetDateTime.parse(since).toInstant());
            }
            return AuditTrail.timestamp(LocalDateTime.parse(since).toInstant(ZoneOffset.UTC));
        }
        catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since must be an ISO-8601 date or date-time, such as "
                    + "2026-04-01T09:00:00Z");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
