package com.jaia.status;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.jaia.review.DeferredReviews;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The probes a load balancer and an operator use: {@code /health}, {@code /api/v1/health} and {@code /api/v1/status}.
 */
@RestController
@Tag(name = "health", description = "Health and status")
class HealthController {

    private final Stores stores;

    private final StatusSettings settings;

    private final DeferredReviews deferredReviews;

    HealthController(Stores stores, StatusSettings settings, DeferredReviews deferredReviews) {
        this.stores = stores;
        this.settings = settings;
        this.deferredReviews = deferredReviews;
    }

    @GetMapping("/health")
    @Operation(summary = "Liveness for a load balancer")
    Map<String, Object> health() {
        return identity("healthy");
    }

    @GetMapping("/api/v1/health")
    @Operation(summary = "Health with the state of both stores (503 when one does not answer) and the LLM chain, which "
            + "is reported but never makes the application unhealthy")
    ResponseEntity<Map<String, Object>> apiHealth() {
        String duckDb = stores.duckDbProblem();
        String sqlite = stores.metaStoreProblem();
        boolean healthy = duckDb == null && sqlite == null;
        Map<String, Object> body = identity(healthy ? "healthy" : "unhealthy");
        body.put("checks", Map.of("duckdb", duckDb == null ? "up" : "down", "sqlite", sqlite == null ? "up" : "down"));
        body.put("llm", llm(duckDb == null));
        return ResponseEntity.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    @GetMapping("/api/v1/status")
    @Operation(summary = "Store status, journal line count and the last import")
    Map<String, Object> status() {
        Map<String, Object> body = identity(null);
        Map<String, Object> duckDb = stores.duckDbStatus();
        body.put("duckdb", duckDb);
        body.put("sqlite", stores.metaStoreStatus());
        body.put("journalEntries", duckDb.get("journalEntries"));
        body.put("lastImport", "up".equals(duckDb.get("status")) ? stores.lastImport() : null);
        return body;
    }

    /** The LLM chain for information: an outage defers reviews and leaves the application healthy. */
    private Object llm(boolean duckDbUp) {
        if (!duckDbUp) {
            return Map.of("status", "unknown", "reason", "DuckDB does not answer, so deferred reviews cannot be counted");
        }
        try {
            return deferredReviews.chainStatus();
        }
        catch (RuntimeException e) {
            return Map.of("status", "unknown", "reason", String.valueOf(e.getMessage()));
        }
    }

    private Map<String, Object> identity(String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (status != null) {
            body.put("status", status);
        }
        body.put("app", "JAIA");
        body.put("version", settings.version());
        return body;
    }

}
