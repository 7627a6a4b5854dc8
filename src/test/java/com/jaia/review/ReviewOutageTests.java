package com.jaia.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.CompositeStepExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import com.jaia.JaiaSpringTest;
import com.jaia.duckdb.DuckDb;
import com.jaia.intake.ImportLauncher;
import com.jaia.intake.ImportRequest;
import com.jaia.pipeline.ImportContext;
import com.jaia.review.FakeLlmServer.Dialect;

/**
 * An LLM outage during an import: the real import steps of the shared context, followed by the review step asking a
 * provider chain of the test's own (real LangChain4j clients against 127.0.0.1).
 */
@JaiaSpringTest
class ReviewOutageTests {

    @TempDir
    Path dir;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    ImportLauncher importLauncher;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @Autowired
    LlmUsageLog usage;

    @Autowired
    LlmReviewStore store;

    @Autowired
    JournalEvidence evidence;

    @Autowired
    ReviewPrompts prompts;

    @Autowired
    ReviewCandidates candidates;

    @Autowired
    ReviewListing listing;

    @Autowired
    @Qualifier("validateJournalStep")
    Step validateJournalStep;

    @Autowired
    @Qualifier("loadJournalStep")
    Step loadJournalStep;

    @Autowired
    @Qualifier("runAuditRulesStep")
    Step runAuditRulesStep;

    @Autowired
    @Qualifier("refreshAggregatesStep")
    Step refreshAggregatesStep;

    /**
     * One file, two business units whose journals are both numbered J1..J12: every selected journal of each is
     * deferred on its own row, then the {@code review} command retries one unit and {@code POST /api/v1/reviews/retry}
     * the other, each journal sent once and the one unit's review never standing for the other's journal.
     */
    @Test
    void importCompletesWithEveryJournalDeferredWhenTheLlmRefusesConnectionsAndALaterRetryReviewsEachOnce()
            throws Exception {
        ReviewTestbed.Settings refusing = new ReviewTestbed.Settings().openAi("http://127.0.0.1:" + closedPort() + "/v1");
        refusing.provider = "openai";
        refusing.minimumCalls = 4;
        JobExecution imported = importWith(refusing.build(), ledger(List.of("OUT-A", "OUT-B"), 2031, 12, "outage"));

        assertThat(imported.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(imported.getExitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
        long importId = imported.getExecutionContext().getLong(ImportContext.IMPORT_ID);
        List<String> statuses = statuses(importId);
        assertThat(statuses).hasSizeGreaterThanOrEqualTo(12).allMatch(status -> status.endsWith(" deferred"));
        List<String> unitA = statuses.stream().filter(status -> status.startsWith("OUT-A ")).toList();
        List<String> unitB = statuses.stream().filter(status -> status.startsWith("OUT-B ")).toList();
        assertThat(unitA).hasSameSizeAs(unitB).hasSizeGreaterThanOrEqualTo(6);
        assertThat(unitA).contains("OUT-A J1 deferred");
        assertThat(unitB).contains("OUT-B J1 deferred");
        assertThat(imported.getExitStatus().getExitDescription())
            .contains(statuses.size() + " reviews deferred", "no LLM provider could answer", "review")
            .doesNotContain("at com.", "Exception:");
        assertThat(duckDb.sql("select count(*) from llm_reviews where import_id = ? and skip_reason like "
                + "'no LLM provider answered: openai: %'").param(importId).query(Long.class).single())
            .isEqualTo(statuses.size());

        try (FakeLlmServer healthy = new FakeLlmServer(Dialect.OPENAI)) {
            healthy.answers(FakeLlmServer.VALID_ANSWER);
            ReviewTestbed.Settings s = new ReviewTestbed.Settings().openAi(healthy.baseUrl());
            s.provider = "openai";
            ReviewSettings settings = s.build();
            ProviderChain chain = ReviewStepConfiguration.providerChain(settings, new SimpleMeterRegistry(), usage,
                    Clock.systemUTC());
            DeferredReviews deferred = new DeferredReviews(jobRepository, jobOperator, chain, evidence, prompts, store,
                    settings);
            ReviewRetrySchedule schedule = new ReviewRetrySchedule(deferred, null, settings.retryCron());
            assertThat(deferred.count(new ReviewScope(2031, "OUT-A"))).isEqualTo(unitA.size());
            assertThat(deferred.count(new ReviewScope(2031, "OUT-B"))).isEqualTo(unitB.size());

            chain.endpoint("openai").breaker().transitionToForcedOpenState();
            assertThat(schedule.tick()).isEqualTo(ReviewRetrySchedule.Tick.PROVIDERS_UNAVAILABLE);
            assertThat(healthy.requests()).isZero();
            chain.endpoint("openai").breaker().transitionToClosedState();

            String printed = printed(() -> assertThat(new ReviewCommand(deferred)
                .run(new String[] { "--fiscal-year=2031", "--business-unit=OUT-A" })).isZero());
            assertThat(printed).contains("Retried " + unitA.size() + " deferred reviews",
                    "fiscal year 2031, business unit OUT-A").doesNotContain("at com.", "Exception");
            assertThat(statuses(importId)).filteredOn(status -> status.startsWith("OUT-A "))
                .hasSameSizeAs(unitA).allMatch(status -> status.endsWith(" reviewed"));
            assertThat(statuses(importId)).filteredOn(status -> status.startsWith("OUT-B ")).isEqualTo(unitB);
            assertThat(healthy.requests()).isEqualTo(unitA.size());

            MockMvc api = MockMvcBuilders.standaloneSetup(new ReviewsController(listing, deferred)).build();
            String answer = api.perform(post("/api/v1/reviews/retry").param("fiscalYear", "2031")
                    .param("businessUnit", "OUT-B"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
            long retryExecution = Long.parseLong(answer.replaceAll(".*\"jobExecutionId\":(\\d+).*", "$1"));
            await().atMost(Duration.ofMinutes(1))
                .until(() -> !jobRepository.getJobExecution(retryExecution).isRunning());
            assertThat(jobRepository.getJobExecution(retryExecution).getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(statuses(importId)).hasSameSizeAs(statuses).allMatch(status -> status.endsWith(" reviewed"));
            assertThat(healthy.requests()).isEqualTo(statuses.size());
            for (String status : statuses) {
                String[] key = status.split(" ");
                assertThat(healthy.bodies().stream().filter(body -> body.contains("仕訳 " + key[1] + "（")
                        && body.contains("事業単位 " + key[0] + "）")))
                    .as("requests about %s of %s", key[1], key[0]).hasSize(1);
            }

            assertThat(deferred.run(new ReviewScope(2031, null), "cli").status())
                .isEqualTo(ReviewRetry.NOTHING_DEFERRED);
            api.perform(post("/api/v1/reviews/retry").param("fiscalYear", "2031")).andExpect(status().isOk());
            assertThat(healthy.requests()).isEqualTo(statuses.size());
        }
    }

    @Test
    void importCompletesWhenAQuarterOfTheProviderCallsFail() throws Exception {
        try (FakeLlmServer flaky = new FakeLlmServer(Dialect.OPENAI)) {
            flaky.cycles(flaky.answer(FakeLlmServer.VALID_ANSWER), flaky.answer(FakeLlmServer.VALID_ANSWER),
                    flaky.answer(FakeLlmServer.VALID_ANSWER), FakeLlmServer.status(500));
            ReviewTestbed.Settings s = new ReviewTestbed.Settings().openAi(flaky.baseUrl());
            s.provider = "openai";
            s.maxRetries = 0;
            s.failureRatePercent = 5;
            s.minimumCalls = 10;
            JobExecution imported = importWith(s.build(), ledger(List.of("FLAKY"), 2032, 30, "flaky"));

            assertThat(imported.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            long importId = imported.getExecutionContext().getLong(ImportContext.IMPORT_ID);
            List<String> statuses = statuses(importId);
            assertThat(statuses).hasSizeGreaterThanOrEqualTo(15).noneMatch(status -> status.endsWith(" skipped"));
            assertThat(statuses).anyMatch(status -> status.endsWith(" reviewed"))
                .anyMatch(status -> status.endsWith(" deferred"));
            long deferred = statuses.stream().filter(status -> status.endsWith(" deferred")).count();
            assertThat(imported.getExitStatus().getExitDescription()).contains(deferred + " reviews deferred");

            flaky.server.resetMappings();
            flaky.answers(FakeLlmServer.VALID_ANSWER);
            int before = flaky.requests();
            ProviderChain chain = ReviewStepConfiguration.providerChain(s.build(), new SimpleMeterRegistry(), usage,
                    Clock.systemUTC());
            DeferredReviews retries = new DeferredReviews(jobRepository, jobOperator, chain, evidence, prompts, store,
                    s.build());
            ReviewRetry started = retries.start(new ReviewScope(2032, "FLAKY"), "api");
            assertThat(started.jobExecutionId()).isNotNull();
            assertThat(started.journals()).isEqualTo(deferred);
            await().atMost(Duration.ofMinutes(1))
                .until(() -> !jobRepository.getJobExecution(started.jobExecutionId()).isRunning());
            assertThat(jobRepository.getJobExecution(started.jobExecutionId()).getStatus())
                .isEqualTo(BatchStatus.COMPLETED);
            assertThat(statuses(importId)).hasSameSizeAs(statuses).allMatch(status -> status.endsWith(" reviewed"));
            assertThat(flaky.requests() - before).isEqualTo(deferred);
        }
    }

    private JobExecution importWith(ReviewSettings settings, Path ledger) throws Exception {
        ProviderChain chain = ReviewStepConfiguration.providerChain(settings, new SimpleMeterRegistry(), usage,
                Clock.systemUTC());
        ImportCandidates reader = new ImportCandidates(candidates);
        JournalReviewProcessor processor = new JournalReviewProcessor(chain, evidence, prompts, store,
                new ReviewBudget(settings.budget(), java.math.BigDecimal.ZERO));
        Step review = ReviewStepConfiguration.step("reviewAnomaliesStep", jobRepository, reader, processor,
                new LlmReviewWriter(store), both(reader, new ReviewSummaryListener(chain, store)), settings);
        Job job = new JobBuilder("outageImportJob", jobRepository).start(validateJournalStep).next(loadJournalStep)
            .next(runAuditRulesStep).next(refreshAggregatesStep).next(review).build();
        return jobOperator.start(job, importLauncher.prepare(ImportRequest.of(ledger, "test")));
    }

    private static StepExecutionListener both(StepExecutionListener first, StepExecutionListener second) {
        CompositeStepExecutionListener listeners = new CompositeStepExecutionListener();
        listeners.register(first);
        listeners.register(second);
        return listeners;
    }

    private List<String> statuses(long importId) {
        return duckDb.sql("select business_unit_code || ' ' || journal_id || ' ' || status from llm_reviews "
                + "where import_id = ? order by business_unit_code, journal_id")
            .param(importId).query(String.class).list();
    }

    /**
     * Half the journals self-approved late at night for a round amount (high risk), half ordinary; every unit numbers
     * its journals J1..Jn, and its amounts differ from the other units'.
     */
    private Path ledger(List<String> units, int fiscalYear, int journals, String name) throws IOException {
        StringBuilder csv = new StringBuilder("gl_detail_id,business_unit_code,fiscal_year,accounting_period,"
                + "journal_id,journal_id_line_number,effective_date,entry_date,entry_time,gl_account_number,amount,"
                + "debit_credit_indicator,je_line_description,prepared_by,approved_by,approved_date\n");
        for (int u = 0; u < units.size(); u++) {
            String unit = units.get(u);
            for (int j = 1; j <= journals; j++) {
                boolean risky = j % 2 == 1;
                LocalDate date = LocalDate.of(fiscalYear, 4, 1).plusDays(j * 7L);
                int period = (date.getMonthValue() + 8) % 12 + 1;
                String amount = risky ? (5_000_000 + u * 1_000_000) + ".00" : (12_345 + j * 101 + u * 7) + ".00";
                String time = risky ? "23:40:00" : "10:15:00";
                String approver = risky ? "U-" + unit + "-1" : "U-" + unit + "-2";
                for (int l = 1; l <= 2; l++) {
                    csv.append(unit).append("-J").append(j).append('-').append(l).append(',').append(unit)
                        .append(',').append(fiscalYear).append(',').append(period).append(",J").append(j)
                        .append(',').append(l).append(',').append(date).append(',').append(date).append(',')
                        .append(time).append(',').append(l == 1 ? "6110" : "1110").append(',').append(amount)
                        .append(',').append(l == 1 ? 'D' : 'C').append(",経費 ").append(j).append(",U-").append(unit)
                        .append("-1,").append(approver).append(',').append(date).append('\n');
                }
            }
        }
        return Files.writeString(dir.resolve(name + ".csv"), csv.toString());
    }

    private static String printed(Runnable command) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            command.run();
        }
        finally {
            System.setOut(original);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The import's candidates, selected when the step starts (as the step-scoped reader of the application does). */
    static final class ImportCandidates implements ItemReader<ReviewCandidate>, StepExecutionListener {

        private final ReviewCandidates candidates;

        private java.util.Iterator<ReviewCandidate> journals;

        ImportCandidates(ReviewCandidates candidates) {
            this.candidates = candidates;
        }

        @Override
        public void beforeStep(StepExecution step) {
            journals = candidates.select(step.getJobExecution().getExecutionContext().getLong(ImportContext.IMPORT_ID))
                .iterator();
        }

        @Override
        public synchronized ReviewCandidate read() {
            return journals.hasNext() ? journals.next() : null;
        }

    }

}
