package com.jaia.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.jaia.JaiaSpringTest;
import com.jaia.Ledgers;
import com.jaia.intake.ImportQueue;
import com.jaia.intake.ImportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.RestClient;

/**
 * Every error the API answers is a problem detail with one of the stable types, from a controller, from Spring MVC's
 * request handling, or from the web server itself.
 */
@JaiaSpringTest
class ApiProblemsTests {

    /** This class's own business unit: its imports re-score only its own ledger. */
    static final String UNIT = Ledgers.businessUnitOf(ApiProblemsTests.class);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @LocalServerPort
    int port;

    @Autowired
    ImportQueue queue;

    @TempDir
    Path dir;

    Map<String, Object> call(HttpMethod method, String uri, Map<String, Object> answer) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).build().method(method).uri(uri)
            .exchange((request, response) -> {
                answer.put("status", response.getStatusCode().value());
                answer.put("contentType", String.valueOf(response.getHeaders().getContentType()));
                return response.bodyTo(JSON);
            });
    }

    Map<String, Object> problem(HttpMethod method, String uri, int status, String type) {
        Map<String, Object> answer = new HashMap<>();
        Map<String, Object> body = call(method, uri, answer);
        assertThat(answer).as(uri).containsEntry("status", status)
            .containsEntry("contentType", "application/problem+json");
        assertThat(body).as(uri).containsEntry("type", "/problems/" + type).containsEntry("status", status)
            .containsKeys("title", "detail");
        assertThat(String.valueOf(body.get("detail"))).doesNotContain("Exception", "at com.");
        return body;
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersAnUnknownEnumValueNamingTheParameterAndTheAcceptedValues() {
        Map<String, Object> body = problem(HttpMethod.GET, "/api/v1/jobs?status=BOGUS", 400, "invalid-parameter");
        assertThat(body).containsEntry("parameter", "status");
        assertThat((List<Object>) body.get("acceptedValues")).contains("COMPLETED", "FAILED", "STOPPED");
        assertThat((String) body.get("detail")).contains("status", "BOGUS", "COMPLETED");
    }

    @Test
    void answersTypeMismatchesNamingTheParameter() {
        assertThat(problem(HttpMethod.GET, "/api/v1/jobs/abc", 400, "invalid-parameter"))
            .containsEntry("parameter", "id");
        assertThat(problem(HttpMethod.GET, "/api/v1/jobs?since=yesterday", 400, "invalid-parameter"))
            .containsEntry("parameter", "since");
        assertThat(problem(HttpMethod.GET, "/api/v1/violations?fiscalYear=FY24", 400, "invalid-parameter"))
            .containsEntry("parameter", "fiscalYear");
        assertThat(problem(HttpMethod.GET, "/api/v1/aggregates/agg_by_user?page=one", 400, "invalid-parameter"))
            .containsEntry("parameter", "page");
    }

    @Test
    void answersUnknownPathsAndMethodsWithProblems() {
        problem(HttpMethod.GET, "/api/v1/nothing-here", 404, "not-found");
        problem(HttpMethod.GET, "/no/such/page", 404, "not-found");
        problem(HttpMethod.DELETE, "/api/v1/jobs", 405, "method-not-allowed");
        problem(HttpMethod.GET, "/api/v1/jobs/987654321", 404, "job-not-found");
    }

    @Test
    void answersTheRestartOfACompletedExecutionWith409InPlainWords() throws Exception {
        Path file = Ledgers.write(dir.resolve("done.csv"), UNIT, "RESTART-DONE", 2);
        JobExecution done = queue.submit(ImportRequest.of(file, "rest")).completion().get(120, TimeUnit.SECONDS);
        assertThat(done.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, Object> body = problem(HttpMethod.POST, "/api/v1/jobs/" + done.getId() + "/restart", 409,
                "job-state-conflict");
        assertThat((String) body.get("detail")).contains("COMPLETED", "cannot be restarted");
    }

    @Test
    void answersOverlongHeadersAndUrlsFromTheWebServerAsProblems() throws IOException {
        String headers = rawAnswer("GET /api/v1/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "x".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(headers).containsPattern("^HTTP/1.1 4(00|31)")
            .contains("Content-Type: application/problem+json")
            .containsPattern("\"type\":\"/problems/(bad-request|headers-too-large)\"");
        String url = rawAnswer("GET /api/v1/jobs?name=" + "y".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(url).containsPattern("^HTTP/1.1 4(00|14|31)")
            .contains("Content-Type: application/problem+json")
            .containsPattern("\"type\":\"/problems/(bad-request|uri-too-long|headers-too-large)\"");
    }

    private String rawAnswer(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
