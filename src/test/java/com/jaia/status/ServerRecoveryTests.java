package com.jaia.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.jaia.ForkedJaia;
import com.jaia.Ledgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * A command-line import killed mid-way, then a server started on the same stores: start-up marks the dead execution
 * failed and (with {@code jaia.recovery.auto-restart}) restarts it to exact counts. Both run as separate JVMs.
 */
class ServerRecoveryTests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void serverMarksAKilledImportFailedAtStartUpAndRestartsItToExactCounts() throws Exception {
        int journals = 20_000;
        Path ledger = Ledgers.write(dir.resolve("killed.csv"), "KILL", journals);
        Path data = dir.resolve("data");
        Process importing = ForkedJaia.start(dir, "import", List.of("import", ledger.toString(), "--jaia.data-dir=" + data,
                "--jaia.import.chunk-size=2000"));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50))
            .until(() -> ForkedJaia.validationCommits(data) >= 2 || !importing.isAlive());
        assertThat(importing.isAlive()).as("the import ended before it could be killed").isTrue();
        importing.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        int port = ForkedJaia.freePort();
        Process server = ForkedJaia.start(dir, "server", List.of("--server.port=" + port, "--jaia.data-dir=" + data,
                "--jaia.recovery.auto-restart=true", "--jaia.intake.watch=false"));
        try {
            RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    assertThat(server.isAlive()).isTrue();
                    List<Map<String, Object>> items = (List<Map<String, Object>>) http.get()
                        .uri("/api/v1/jobs?name=journalImportJob").retrieve().body(JSON).get("items");
                    return items.size() == 2 && "COMPLETED".equals(items.get(0).get("status"));
                });
            List<Map<String, Object>> items = (List<Map<String, Object>>) http.get()
                .uri("/api/v1/jobs?name=journalImportJob").retrieve().body(JSON).get("items");
            Map<String, Object> killed = http.get().uri("/api/v1/jobs/{id}", items.get(1).get("id")).retrieve()
                .body(JSON);
            assertThat(killed).containsEntry("status", "FAILED");
            assertThat((String) killed.get("exitDescription")).startsWith(StartupRecovery.EXIT_DESCRIPTION);
            assertThat(items.get(0).get("instanceId")).isEqualTo(items.get(1).get("instanceId"));
            Map<String, Object> status = http.get().uri("/api/v1/status").retrieve().body(JSON);
            assertThat(((Number) status.get("journalEntries")).longValue()).isEqualTo(2L * journals);
            assertThat((Map<String, Object>) status.get("lastImport")).containsEntry("rowsLoaded", 2 * journals);
        }
        finally {
            ForkedJaia.stop(server);
        }
    }

}
