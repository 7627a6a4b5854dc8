package com.jaia.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.jaia.ChunkGate;
import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.duckdb.DuckDb;
import com.jaia.intake.ImportQueue;
import com.jaia.intake.ImportRequest;
import com.jaia.pipeline.ImportSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

@JaiaSpringTest
class JobsApiTests {

    /** This class's own business unit: its imports re-score only its own ledger. */
    static final String UNIT = Ledgers.businessUnitOf(JobsApiTests.class);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;

    @Autowired
    ImportQueue queue;

    @Autowired
    ImportSettings settings;

    @Autowired
    ChunkGate gate;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @TempDir
    Path dir;

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    Map<String, Object> get(String uri, Object... variables) {
        return http().get().uri(uri, variables).retrieve().body(JSON);
    }

    Map<String, Object> post(String uri, Map<String, Object> answer, Object... variables) {
        return http().post().uri(uri, variables).exchange((request, response) -> {
            answer.put("status", response.getStatusCode().value());
            answer.put("location", String.valueOf(response.getHeaders().getLocation()));
            return response.bodyTo(JSON);
        });
    }

    JobExecution importAndWait(Path file) throws Exception {
        return queue.submit(ImportRequest.of(file, "rest")).completion().get(300, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> body, String key) {
        return (List<Map<String, Object>>) body.get(key);
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Test
    void listsExecutionsNewestFirstFilteredAndPaged() throws Exception {
        long older = importAndWait(Ledgers.write(dir.resolve("older.csv"), UNIT, "LISTA", 3)).getId();
        long newer = importAndWait(Ledgers.write(dir.resolve("newer.csv"), UNIT, "LISTB", 3)).getId();
        Map<String, Object> page = get("/api/v1/jobs?name=journalImportJob&status=completed&size=1");
        assertThat(list(page, "items")).hasSize(1);
        assertThat(number(list(page, "items").get(0).get("id"))).isGreaterThanOrEqualTo(newer);
        assertThat(number(page.get("totalItems"))).isGreaterThanOrEqualTo(2);
        assertThat(number(page.get("totalPages"))).as("pages of one").isEqualTo(number(page.get("totalItems")));
        assertThat(String.valueOf(list(page, "items").get(0).get("created"))).as("ISO 8601 with an offset")
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*(Z|[+-]\\d\\d:\\d\\d)");
        List<Map<String, Object>> all = list(get("/api/v1/jobs?size=1000"), "items");
        List<Long> ids = all.stream().map(item -> number(item.get("id"))).toList();
        assertThat(ids).contains(older, newer).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(list(get("/api/v1/jobs?since=2999-01-01T00:00:00"), "items")).isEmpty();
        assertThat(list(get("/api/v1/jobs?name=noSuchJob"), "items")).isEmpty();
    }

    @Test
    void describesAnExecutionWithItsStepsCountsAndRejectsAndStreamsItsEnd() throws Exception {
        Path file = Ledgers.write(dir.resolve("with-rejects.csv"), UNIT, "REJ", 10);
        Files.writeString(file, "REJ-BAD-1," + UNIT + ",2024,1,REJ-BAD,1,2024-02-30,1110,10.00,D,bad date\n"
                + "REJ-BAD-2," + UNIT + ",2024,1,REJ-BAD,2,2024-04-30,4110,10.00,C,bad date\n", StandardOpenOption.APPEND);
        long id = importAndWait(file).getId();
        Map<String, Object> job = get("/api/v1/jobs/{id}", id);
        assertThat(job).containsEntry("status", "COMPLETED").containsEntry("jobName", "journalImportJob");
        assertThat((Map<String, Object>) job.get("parameters")).containsKeys("file.sha256", "file.path");
        assertThat(number(job.get("durationMillis"))).as("the time from its start to its end")
            .isCloseTo(Duration.between(OffsetDateTime.parse((String) job.get("started")),
                    OffsetDateTime.parse((String) job.get("ended"))).toMillis(), within(1L));
        Map<String, Object> load = list(job, "steps").stream()
            .filter(step -> "loadJournalStep".equals(step.get("name")))
            .findFirst()
            .orElseThrow();
        assertThat(number(load.get("writeCount"))).isEqualTo(20);
        assertThat(load).containsKeys("readCount", "filterCount", "skipCount", "commitCount", "rollbackCount");

        Map<String, Object> rejects = get("/api/v1/jobs/{id}/rejects?size=1", id);
        assertThat(number(rejects.get("totalItems"))).isEqualTo(2);
        assertThat(list(rejects, "items")).hasSize(1);
        assertThat(list(rejects, "items").get(0)).containsKeys("lineNumber", "reason", "message");

        String events = http().get().uri("/api/v1/jobs/{id}/events", id).retrieve().body(String.class);
        assertThat(events).contains("event:end").contains("\"status\":\"COMPLETED\"");
    }

    @Test
    @SuppressWarnings("unchecked")
    void stopsARunningImportAtAChunkBoundaryAndRestartsItToExactCounts() throws Exception {
        // three chunks for each partition: the gate holds every partition after its first, so the stop asked then is
        // seen at the next boundary and the rest is left for the restart; in the class's own business unit, whose
        // ledger only its own imports re-score
        int journals = settings.partitions() * settings.chunkSize() * 3 / 2;
        Path file = Ledgers.write(dir.resolve("stopped-at-a-chunk.csv"), UNIT, "LONG", journals);
        gate.close(file);
        try {
            long id = queue.submit(ImportRequest.of(file, "rest")).execution().getId();
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> gate.held() > 0 || !"STARTED".equals(get("/api/v1/jobs/{id}", id).get("status"))
                        && !"STARTING".equals(get("/api/v1/jobs/{id}", id).get("status")));
            Map<String, Object> running = get("/api/v1/jobs/{id}", id);
            assertThat(running.get("status")).as("the import is held inside its validation").isEqualTo("STARTED");
            Map<String, Object> progress = (Map<String, Object>) list(running, "steps").stream()
                .filter(step -> step.get("progress") != null)
                .findFirst()
                .orElseThrow()
                .get("progress");
            // the total is estimated from the share of the file's bytes read so far: the file is not read to count it
            assertThat(number(progress.get("total"))).isCloseTo(2L * journals, withinPercentage(10));
            assertThat(number(progress.get("done"))).isPositive().isLessThan(2L * journals);
            assertThat(progress).containsEntry("unit", "lines").containsKey("etaSeconds");

            Map<String, Object> answer = new HashMap<>();
            post("/api/v1/jobs/{id}/stop", answer, id);
            assertThat(answer).containsEntry("status", 202);
            gate.open();
            await().atMost(Duration.ofMinutes(3)).until(() -> {
                Map<String, Object> job = get("/api/v1/jobs/{id}", id);
                return "STOPPED".equals(job.get("status")) && list(job, "steps").stream()
                    .noneMatch(step -> List.of("STARTING", "STARTED", "STOPPING").contains(step.get("status")));
            });
            assertThat(list(get("/api/v1/jobs/{id}", id), "steps")).as("nothing after validation ran")
                .noneMatch(step -> "loadJournalStep".equals(step.get("name")));
            restartsToExactCounts(id, journals, answer);
        }
        finally {
            gate.open();
        }
    }

    private void restartsToExactCounts(long id, int journals, Map<String, Object> answer) {
        Map<String, Object> restarted = post("/api/v1/jobs/{id}/restart", answer, id);
        assertThat(answer).containsEntry("status", 202);
        long again = number(restarted.get("id"));
        assertThat(answer.get("location")).isEqualTo("/api/v1/jobs/" + again);
        await().atMost(Duration.ofMinutes(5))
            .until(() -> "COMPLETED".equals(get("/api/v1/jobs/{id}", again).get("status")));
        long importId = number(get("/api/v1/jobs/{id}", again).get("instanceId"));
        assertThat(duckDb.sql("SELECT count(*) FROM journal_entries WHERE import_id = ?").param(importId)
            .query(Long.class).single()).isEqualTo(2L * journals);
        assertThat(duckDb.sql("SELECT count(DISTINCT gl_detail_id) FROM journal_entries WHERE import_id = ?")
            .param(importId).query(Long.class).single()).isEqualTo(2L * journals);

        post("/api/v1/jobs/{id}/stop", answer, again);
        assertThat(answer).containsEntry("status", 409);
    }

}
