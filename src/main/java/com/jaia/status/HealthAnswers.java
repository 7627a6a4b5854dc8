package com.jaia.status;

import java.util.Map;

/**
 * The answers of the health and status endpoints.
 */
final class HealthAnswers {

    private HealthAnswers() {
    }

    /**
     * Liveness.
     *
     * @param status {@code healthy}
     * @param app {@code JAIA}
     * @param version the application version
     */
    record Health(String status, String app, String version) {
    }

    /**
     * Health with the stores and the LLM chain.
     *
     * @param status {@code healthy} or {@code unhealthy} (a store does not answer)
     * @param app {@code JAIA}
     * @param version the application version
     * @param checks each store, {@code duckdb} and {@code sqlite}: {@code up} or {@code down}
     * @param llm the LLM provider chain (information only): status, providers, deferred reviews
     */
    record ApiHealth(String status, String app, String version, Map<String, String> checks, Object llm) {
    }

    /**
     * Both stores, the journal line count and the last import.
     *
     * @param app {@code JAIA}
     * @param version the application version
     * @param duckdb the DuckDB store: status, path, counts
     * @param sqlite the SQLite metadata store: status, path, job executions, running jobs
     * @param journalEntries journal lines loaded
     * @param lastImport the newest import, or null
     */
    record Status(String app, String version, Map<String, Object> duckdb, Map<String, Object> sqlite,
            Object journalEntries, Map<String, Object> lastImport) {
    }

}
