package com.jaia.status;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
record HealthController(Stores stores, StatusSettings settings, DeferredReviews deferredReviews) {

    private static final String APP = "JAIA";

    @GetMapping("/health")
    @Tag(name = "health")
    @Operation(operationId = "liveness", summary = "Liveness for a load balancer",
            description = "Answers 200 while the process serves requests; checks nothing else.")
    HealthAnswers.Health health() {
        return new HealthAnswers.Health("healthy", APP, settings.version());
    }

    @GetMapping("/api/v1/health")
    @Tag(name = "health")
    @Operation(operationId = "health", summary = "Health of both stores and the LLM chain",
            description = "503 when DuckDB or SQLite does not answer. The LLM chain is reported for information and "
                    + "never makes the application unhealthy (an outage defers reviews).")
    @ApiResponse(responseCode = "200", description = "Both stores answer")
    @ApiResponse(responseCode = "503", description = "A store does not answer (see `checks`)",
            content = @Content(schema = @Schema(implementation = HealthAnswers.ApiHealth.class)))
    ResponseEntity<HealthAnswers.ApiHealth> apiHealth() {
        String duckDb = stores.duckDbProblem();
        String sqlite = stores.metaStoreProblem();
        boolean healthy = duckDb == null && sqlite == null;
        HealthAnswers.ApiHealth body = new HealthAnswers.ApiHealth(healthy ? "healthy" : "unhealthy", APP,
                settings.version(), Map.of("duckdb", duckDb == null ? "up" : "down", "sqlite",
                        sqlite == null ? "up" : "down"), llm(duckDb == null));
        return ResponseEntity.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }

    @GetMapping("/api/v1/status")
    @Tag(name = "ops")
    @Operation(operationId = "storeStatus", summary = "Store status, journal line count and the last import",
            description = "Each store's state and path, the number of journal lines, job executions and running "
                    + "jobs, and the newest import.")
    HealthAnswers.Status status() {
        Map<String, Object> duckDb = stores.duckDbStatus();
        return new HealthAnswers.Status(APP, settings.version(), duckDb, stores.metaStoreStatus(),
                duckDb.get("journalEntries"), "up".equals(duckDb.get("status")) ? stores.lastImport() : null);
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

}
