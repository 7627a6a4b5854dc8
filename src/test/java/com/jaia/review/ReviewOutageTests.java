package com.jaia.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

    @Test
    void importCompletesWithEveryJournalDeferredWhenTheLlmRefusesConnectionsAndALaterRetryReviewsEachOnce()
            throws Exception {
        ReviewTestbed.Settings refusing = new ReviewTestbed.Settings().openAi("http://127.0.0.1:" + closedPort() + "/v1");
        refusing.provider = "openai";
        refusing.minimumCalls = 4;
        JobExecution imported = importWith(refusing.build(), ledger("OUT", 2031, 12));

        assertThat(imported.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(imported.getExitStatus().getExitCode()).isEqualTo(ExitStatus.COMPLETED.getExitCode());
        long importId = imported.getExecutionContext().getLong(ImportContext.IMPORT_ID);
        List<String> statuses = statuses(importId);
        assertThat(statuses).hasSizeGreaterThanOrEqualTo(6).allMatch(status -> status.endsWith(" deferred"));
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
            ReviewScope scope = new ReviewScope(2031, "OUT");
            assertThat(deferred.count(scope)).isEqualTo(statuses.size());

            chain.endpoint("openai").breaker().transitionToForcedOpenState();
            assertThat(schedule.tick()).isEqualTo(ReviewRetrySchedule.Tick.PROVIDERS_UNAVAILABLE);
            assertThat(healthy.requests()).isZero();
            chain.endpoint("openai").breaker().transitionToClosedState();

            ReviewRetry retry = deferred.run(scope, "cli");
            assertThat(retry.status()).isEqualTo("COMPLETED");
            assertThat(retry.reviewed()).isEqualTo(statuses.size());
            assertThat(retry.stillDeferred()).isZero();
            assertThat(retry.describe()).contains("Retried " + statuses.size() + " deferred reviews",
                    "fiscal year 2031, business unit OUT");
            assertThat(statuses(importId)).hasSameSizeAs(statuses).allMatch(status -> status.endsWith(" reviewed"));
            assertThat(healthy.requests()).isEqualTo(statuses.size());
            for (String status : statuses) {
                String journal = status.substring(0, status.indexOf(' '));
                assertThat(healthy.bodies().stream().filter(body -> body.contains("仕訳 " + journal + "（")))
                    .as("requests about %s", journal).hasSize(1);
            }

            assertThat(deferred.run(scope, "cli").status()).isEqualTo(ReviewRetry.NOTHING_DEFERRED);
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
            JobExecution imported = importWith(s.build(), ledger("FLAKY", 2032, 30));

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
        return duckDb.sql("select journal_id || ' ' || status from llm_reviews where import_id = ? order by journal_id")
            .param(importId).query(String.class).list();
    }

    /** Half the journals self-approved late at night for a round amount (high risk), half ordinary. */
    private Path ledger(String unit, int fiscalYear, int journals) throws IOException {
        StringBuilder csv = new StringBuilder("gl_detail_id,business_unit_code,fiscal_year,accounting_period,"
                + "journal_id,journal_id_line_number,effective_date,entry_date,entry_time,gl_account_number,amount,"
                + "debit_credit_indicator,je_line_description,prepared_by,approved_by,approved_date\n");
        for (int j = 1; j <= journals; j++) {
            boolean risky = j % 2 == 1;
            LocalDate date = LocalDate.of(fiscalYear, 4, 1).plusDays(j * 7L);
            int period = (date.getMonthValue() + 8) % 12 + 1;
            String amount = risky ? "5000000.00" : (12_345 + j * 101) + ".00";
            String time = risky ? "23:40:00" : "10:15:00";
            String approver = risky ? "U-" + unit + "-1" : "U-" + unit + "-2";
            for (int l = 1; l <= 2; l++) {
                csv.append(unit).append("-J").append(j).append('-').append(l).append(',').append(unit).append(',')
                    .append(fiscalYear).append(',').append(period).append(',').append(unit).append("-J").append(j)
                    .append(',').append(l).append(',').append(date).append(',').append(date).append(',').append(time)
                    .append(',').append(l == 1 ? "6110" : "1110").append(',').append(amount).append(',')
                    .append(l == 1 ? 'D' : 'C').append(",経費 ").append(j).append(",U-").append(unit).append("-1,")
                    .append(approver).append(',').append(date).append('\n');
            }
        }
        return Files.writeString(dir.resolve(unit.toLowerCase() + ".csv"), csv.toString());
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
