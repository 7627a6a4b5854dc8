package com.jaia.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jaia.JaiaSpringTest;
import com.jaia.RecordingSpanExporter;
import com.jaia.intake.Ledgers;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * One upload through the running server, followed to its end over server-sent events, then what an operator gets from
 * it: the five JSON log files, masked secrets, Prometheus meters, one trace from the upload to the last step.
 */
@JaiaSpringTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

    static final Path LOGS = Path.of(System.getProperty("LOG_DIR", "logs"));

    static final List<String> STEPS = List.of("validateJournalStep", "loadJournalStep", "scoreAnomaliesStep",
            "runAuditRulesStep", "refreshAggregatesStep", "reviewAnomaliesStep");

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The one import all tests here look at (the shared context outlives the test instances). */
    private static Upload upload;

    @LocalServerPort
    int port;

    @Autowired
    RecordingSpanExporter spans;

    @Autowired
    SdkTracerProvider tracerProvider;

    @Autowired
    MeterRegistry meters;

    @Autowired
    ApplicationContext context;

    /** The import: its job execution id, the upload's request id, its events, and when it was sent. */
    record Upload(long id, String requestId, String events, java.time.Instant sent) {

        /** Whether a log line is about this import's job (job ids start again in every fresh test store). */
        boolean ran(JsonNode line) {
            return Long.toString(id).equals(text(line, "jobExecutionId"))
                    && !java.time.Instant.parse(text(line, "@timestamp")).isBefore(sent);
        }

    }

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
    }

    synchronized Upload upload() throws IOException {
        if (upload == null) {
            Path dir = Files.createTempDirectory("jaia-observability-");
            Path ledger = Ledgers.write(dir.resolve("observed.csv"), "OBS", 40, 2041);
            MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
            form.add("file", new FileSystemResource(ledger));
            String requestId = "obs-" + UUID.randomUUID();
            java.time.Instant sent = java.time.Instant.now();
            JsonNode accepted = JSON.readTree(http().post().uri("/api/v1/imports").header("X-Request-Id", requestId)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().body(String.class));
            long id = accepted.get("id").asLong();
            String events = http().get().uri("/api/v1/jobs/{id}/events", id).retrieve().body(String.class);
            upload = new Upload(id, requestId, events, sent);
        }
        return upload;
    }

    @Test
    void stepEventsReportEveryStep() throws IOException {
        Upload done = upload();
        assertThat(done.events()).contains("event:end").contains("\"status\":\"COMPLETED\"");
        List<JsonNode> steps = events(done.events(), "step");
        assertThat(steps).allSatisfy(event -> assertThat(event.get("jobExecutionId").asLong()).isEqualTo(done.id()));
        assertThat(steps.stream().map(event -> event.get("step").asString()).collect(Collectors.toSet()))
            .containsAll(STEPS);
        JsonNode ml = last(steps, "scoreAnomaliesStep");
        assertThat(ml.get("unit").asString()).isEqualTo("phases");
        assertThat(ml.get("done").asLong()).isEqualTo(ml.get("total").asLong()).isEqualTo(1);
        JsonNode rules = last(steps, "runAuditRulesStep");
        assertThat(rules.get("unit").asString()).isEqualTo("rules");
        assertThat(rules.get("done").asLong()).isEqualTo(rules.get("total").asLong()).isPositive();
        JsonNode aggregates = last(steps, "refreshAggregatesStep");
        assertThat(aggregates.get("unit").asString()).isEqualTo("tables");
        assertThat(aggregates.get("total").asLong()).isEqualTo(17);
        JsonNode review = last(steps, "reviewAnomaliesStep");
        assertThat(review.get("unit").asString()).isEqualTo("journals");
        assertThat(review.get("counts").propertyNames()).contains("reviewed", "deferred", "skipped");
        assertThat(last(steps, "loadJournalStep").get("unit").asString()).isEqualTo("phases");
    }

    @Test
    void jobDetailShowsEachStepsProgress() throws IOException {
        Upload done = upload();
        JsonNode detail = JSON.readTree(http().get().uri("/api/v1/jobs/{id}", done.id()).retrieve().body(String.class));
        for (JsonNode step : detail.get("steps")) {
            if (STEPS.contains(step.get("name").asString())) {
                assertThat(step.get("progress").isNull()).as(step.get("name").asString()).isFalse();
                assertThat(step.get("progress").get("done").asLong()).isEqualTo(step.get("progress").get("total").asLong());
            }
        }
    }

    @Test
    void fiveLogFilesHoldOneJsonObjectPerLine() throws IOException {
        Upload done = upload();
        Logger audit = LoggerFactory.getLogger(LogNames.AUDIT);
        Logger security = LoggerFactory.getLogger(LogNames.SECURITY);
        String marker = UUID.randomUUID().toString();
        audit.info("audit record {}", marker);
        security.warn("rate limit exceeded {}", marker);
        LoggerFactory.getLogger(ObservabilityTests.class).error("error record " + marker,
                new IllegalStateException("a failure for the error log"));
        for (String file : List.of("jaia.log", "jaia_error.log", "jaia_audit.log", "jaia_performance.log",
                "jaia_security.log")) {
            List<JsonNode> lines = lines(file);
            assertThat(lines).as(file).isNotEmpty().allSatisfy(line -> {
                assertThat(line.has("@timestamp") && line.has("level") && line.has("logger_name")
                        && line.has("message")).as(line.toString()).isTrue();
            });
        }
        assertThat(lines("jaia_error.log")).allSatisfy(line -> assertThat(line.get("level").asString()).isEqualTo("ERROR"));
        assertThat(text("jaia_error.log")).contains("error record " + marker).contains("a failure for the error log");
        assertThat(text("jaia_audit.log")).contains("audit record " + marker).doesNotContain("rate limit exceeded " + marker);
        assertThat(text("jaia_security.log")).contains("rate limit exceeded " + marker).doesNotContain("audit record " + marker);
        assertThat(text("jaia.log")).contains("audit record " + marker, "rate limit exceeded " + marker);

        List<JsonNode> performance = lines("jaia_performance.log");
        JsonNode request = performance.stream().filter(line -> done.requestId().equals(text(line, "requestId")))
            .findFirst().orElseThrow();
        assertThat(text(request, "method")).isEqualTo("POST");
        assertThat(text(request, "path")).isEqualTo("/api/v1/imports");
        assertThat(request.get("status").asInt()).isEqualTo(202);
        assertThat(request.has("durationMs") && request.has("clientIp")).isTrue();
        Set<String> timedSteps = performance.stream()
            .filter(line -> done.ran(line) && line.has("durationMs"))
            .map(line -> text(line, "step")).filter(step -> step != null).collect(Collectors.toSet());
        assertThat(timedSteps).containsAll(STEPS);
        assertThat(performance.stream().filter(done::ran)).anySatisfy(line -> assertThat(text(line, "message"))
            .startsWith("job journalImportJob execution " + done.id() + " COMPLETED in"));
    }

    @Test
    void aRequestsLinesAndTheJobItStartedShareOneTraceId() throws IOException {
        Upload done = upload();
        List<JsonNode> lines = lines("jaia.log");
        List<JsonNode> requestLines = lines.stream().filter(line -> done.requestId().equals(text(line, "requestId")))
            .toList();
        List<JsonNode> jobLines = lines.stream().filter(done::ran).toList();
        assertThat(requestLines).isNotEmpty();
        assertThat(jobLines).hasSizeGreaterThan(5);
        String traceId = text(requestLines.get(0), "traceId");
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(requestLines).allSatisfy(line -> assertThat(text(line, "traceId")).isEqualTo(traceId));
        assertThat(jobLines).allSatisfy(line -> assertThat(text(line, "traceId")).isEqualTo(traceId));
        assertThat(jobLines).allSatisfy(line -> assertThat(text(line, "spanId")).matches("[0-9a-f]{16}"));
    }

    @Test
    void oneTraceRunsFromTheUploadToTheLastStep() throws IOException {
        Upload done = upload();
        String traceId = lines("jaia_performance.log").stream()
            .filter(line -> done.requestId().equals(text(line, "requestId"))).map(line -> text(line, "traceId"))
            .findFirst().orElseThrow();
        tracerProvider.forceFlush().join(10, java.util.concurrent.TimeUnit.SECONDS);
        List<SpanData> trace = spans.trace(traceId);
        Set<String> names = trace.stream().map(SpanData::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> stepSpans = trace.stream().filter(span -> span.getName().equals("spring.batch.step"))
            .map(span -> String.valueOf(span.getAttributes().asMap().entrySet().stream()
                .filter(attribute -> attribute.getKey().getKey().equals("spring.batch.step.name"))
                .map(Map.Entry::getValue).findFirst().orElse(null)))
            .collect(Collectors.toSet());
        SpanData root = trace.stream().filter(span -> !span.getParentSpanContext().isValid()).findFirst().orElseThrow();
        assertThat(root.getName()).as(names.toString()).containsIgnoringCase("post");
        assertThat(trace).as(names.toString()).allSatisfy(span -> assertThat(span.getTraceId()).isEqualTo(traceId));
        assertThat(stepSpans).as(names.toString()).containsAll(STEPS);
        assertThat(names).as(names.toString()).contains("spring.batch.job", "spring.batch.chunk.write")
            .anySatisfy(name -> assertThat(name).startsWith("jaia.rules.batch"))
            .anySatisfy(name -> assertThat(name).startsWith("jaia.aggregates.table"))
            .anySatisfy(name -> assertThat(name).startsWith("jaia.load.phase"));
        assertThat(context.getBeansOfType(SpanExporter.class)).as("no exporter but the test's: nothing leaves")
            .containsOnlyKeys("recordingSpanExporter");
    }

    @Test
    void secretsAreMaskedInTheFilesAndOnTheConsole(CapturedOutput console) throws IOException {
        Logger logger = LoggerFactory.getLogger("com.jaia.observability.MaskingCheck");
        String marker = UUID.randomUUID().toString();
        for (String[] shape : SecretMasksTests.SHAPES) {
            logger.warn("{} {}", marker, shape[0]);
            LoggerFactory.getLogger(LogNames.SECURITY).warn("{} {}", marker, shape[0]);
            LoggerFactory.getLogger(LogNames.AUDIT).info("{} {}", marker, shape[0]);
        }
        logger.error(marker + " failed", new IllegalStateException("login with " + SecretMasksTests.SHAPES[5][0]));
        String all = text("jaia.log") + text("jaia_error.log") + text("jaia_audit.log") + text("jaia_performance.log")
                + text("jaia_security.log");
        assertThat(all).contains(marker + " anthropic key sk-ant-****");
        assertThat(console.getAll()).contains(marker + " anthropic key sk-ant-****");
        for (String[] shape : SecretMasksTests.SHAPES) {
            assertThat(all).doesNotContain(shape[1]);
            assertThat(console.getAll()).doesNotContain(shape[1]);
        }
        assertThat(lines("jaia_security.log")).anySatisfy(line -> assertThat(text(line, "message")).startsWith(marker));
    }

    @Test
    void prometheusShowsTheBatchHttpJvmAndPipelineMeters() throws IOException {
        upload();
        String scrape = http().get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(scrape).contains("spring_batch_job_seconds_count{", "spring_batch_step_seconds_count{",
                "http_server_requests_seconds_bucket{", "jvm_memory_used_bytes{", "disk_free_bytes{",
                "jaia_import_rows_total{", "outcome=\"loaded\"", "jaia_rules_hits_total{",
                "jaia_aggregates_refresh_seconds_count{", "jaia_duckdb_file_size_bytes{",
                "jaia_security_events_total{", "kind=\"rate_limit\"", "kind=\"ip_block\"");
        assertThat(scrape).containsPattern("spring_batch_(chunk|item)_[a-z_]+\\{");
        assertThat(meters.get("jaia.import.rows").tag("outcome", "loaded").counter().count()).isGreaterThanOrEqualTo(80);
        String metrics = http().get().uri("/actuator/metrics").retrieve().body(String.class);
        assertThat(metrics).contains("jaia.import.rows", "spring.batch.step", "http.server.requests");
    }

    @Test
    void alertRulesUseMetricsThisApplicationExports() throws IOException {
        upload();
        String scrape = http().get().uri("/actuator/prometheus").retrieve().body(String.class);
        Set<String> exported = scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
            .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
        List<Map<String, Object>> rules = AlertRules.rules();
        assertThat(rules).hasSize(7);
        for (Map<String, Object> rule : rules) {
            Set<String> used = AlertRules.metrics(String.valueOf(rule.get("expr")));
            assertThat(used).as(String.valueOf(rule.get("alert"))).isNotEmpty();
            // the LLM meters appear once a provider is configured: ReviewMetricsTests checks those names
            used.stream().filter(name -> !name.startsWith("jaia_review_"))
                .forEach(name -> assertThat(exported).as(rule.get("alert") + " uses " + name).contains(name));
        }
    }

    private static List<JsonNode> events(String stream, String name) {
        List<JsonNode> found = new ArrayList<>();
        Matcher matcher = Pattern.compile("event:" + name + "\\s*\\ndata:(.*)").matcher(stream);
        while (matcher.find()) {
            JsonNode event = JSON.readTree(matcher.group(1));
            found.add(event);
        }
        return found;
    }

    private static JsonNode last(List<JsonNode> stepEvents, String step) {
        JsonNode found = null;
        for (JsonNode event : stepEvents) {
            if (step.equals(event.get("step").asString())) {
                found = event.get("progress");
            }
        }
        assertThat(found).as(step).isNotNull();
        return found;
    }

    private static List<JsonNode> lines(String file) throws IOException {
        List<JsonNode> parsed = new ArrayList<>();
        for (String line : Files.readAllLines(LOGS.resolve(file), StandardCharsets.UTF_8)) {
            parsed.add(JSON.readTree(line));
        }
        return parsed;
    }

    private static String text(String file) throws IOException {
        return Files.readString(LOGS.resolve(file), StandardCharsets.UTF_8);
    }

    private static String text(JsonNode line, String field) {
        JsonNode value = line.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

}
