package com.jaia.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.jaia.JaiaSpringTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

@JaiaSpringTest
class HealthEndpointsTests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void answersTheLoadBalancerProbe() {
        Map<String, Object> health = http().get().uri("/health").retrieve().body(JSON);
        assertThat(health).containsEntry("status", "healthy").containsEntry("app", "JAIA").containsKey("version");
        assertThat(health.get("version")).isNotEqualTo("dev").isNotNull();
    }

    @Test
    void reportsBothStoresInApiHealth() {
        Map<String, Object> health = http().get().uri("/api/v1/health").retrieve().body(JSON);
        assertThat(health).containsEntry("status", "healthy")
            .containsEntry("checks", Map.of("duckdb", "up", "sqlite", "up"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsStoresJournalCountAndLastImportInStatus() {
        Map<String, Object> status = http().get().uri("/api/v1/status").retrieve().body(JSON);
        assertThat(status).containsEntry("app", "JAIA").containsKeys("journalEntries", "lastImport", "version");
        assertThat((Map<String, Object>) status.get("duckdb")).containsEntry("status", "up");
        assertThat((Map<String, Object>) status.get("sqlite")).containsEntry("status", "up");
        assertThat(status.get("journalEntries")).isInstanceOf(Number.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void exposesReadinessWithStoreInboxAndDiskIndicators() {
        Map<String, Object> readiness = http().get().uri("/actuator/health/readiness").retrieve().body(JSON);
        assertThat(readiness).containsEntry("status", "UP");
        assertThat((Map<String, Object>) readiness.get("components")).containsKeys("duckDb", "sqlite", "inbox",
                "diskSpace", "readinessState");
        Map<String, Object> liveness = http().get().uri("/actuator/health/liveness").retrieve().body(JSON);
        assertThat(liveness).containsEntry("status", "UP");
    }

    @Test
    void servesTheOpenApiDocumentAndProblemDetailsForUnknownJobs() {
        String api = http().get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(api).contains("/api/v1/jobs/{id}/restart", "/api/v1/imports");
        var response = http().get().uri("/api/v1/jobs/987654").exchange((request, answer) -> Map.of("status",
                answer.getStatusCode().value(), "type", String.valueOf(answer.getHeaders().getContentType()), "body",
                new String(answer.getBody().readAllBytes())));
        assertThat(response).containsEntry("status", 404).containsEntry("type", "application/problem+json");
        assertThat((String) response.get("body")).contains("no job execution 987654");
    }

}
