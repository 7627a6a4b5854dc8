package com.jaia.security;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.jaia.api.Page;
import com.jaia.problems.InvalidParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail (admin), newest first: {@code GET /api/v1/audit?since=&actor=&action=&page=&size=}.
 */
@RestController
@Tag(name = "admin")
record AuditController(AuditTrail trail) {

    @GetMapping("/api/v1/audit")
    @Operation(operationId = "readAuditTrail", summary = "Read the audit trail",
            description = "Every mutating request by an identified caller, newest first: time, key name and role, "
                    + "client address, request id, action (method and route), target and outcome (HTTP status).")
    Page<AuditRecord> audit(
            @Parameter(description = "At or after (ISO 8601 date or date-time; without an offset, UTC)",
                    example = "2026-04-01T00:00:00Z", schema = @Schema(format = "date-time"))
            @RequestParam(required = false) String since,
            @Parameter(description = "The key name") @RequestParam(required = false) String actor,
            @Parameter(description = "Part of the action, e.g. imports") @RequestParam(required = false) String action,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Records per page") @RequestParam(defaultValue = "50") @Min(1)
            @Max(Page.MAX_SIZE) int size) {
        Page.check(page, size, Page.MAX_SIZE);
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
            throw new InvalidParameter("since", "since must be an ISO-8601 date or date-time, such as "
                    + "2026-04-01T09:00:00Z", List.of());
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
