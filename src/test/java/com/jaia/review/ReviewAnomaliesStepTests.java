package com.jaia.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;

import com.jaia.JaiaSpringTest;
import com.jaia.duckdb.DuckDb;
import com.jaia.pipeline.ImportContext;
import com.jaia.pipeline.JobFiles;
import com.jaia.review.FakeLlmServer.Dialect;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@JaiaSpringTest
class ReviewAnomaliesStepTests {

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    @Qualifier(DuckDb.QUALIFIER)
    JdbcClient duckDb;

    @Autowired
    DataSource metaStore;

    @Autowired
    @Qualifier("reviewAnomaliesStep")
    Step reviewAnomaliesStep;

    @Test
    void recordsEverySelectedJournalAsSkippedWhenNoProviderIsConfigured() throws Exception {
        long importId = 90_001;
        ReviewTestbed.insertMasters(duckDb);
        ReviewTestbed.insertJournals(duckDb, importId, 3);
        JobExecution execution = jobOperator.start(job("reviewWithoutProviderJob", importId, reviewAnomaliesStep),
                parameters());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(duckDb.sql("select status || ': ' || skip_reason from llm_reviews where import_id = ?")
            .param(importId).query(String.class).list())
            .containsExactly("skipped: no LLM provider configured", "skipped: no LLM provider configured",
                    "skipped: no LLM provider configured");
        StepExecution step = execution.getStepExecutions().stream()
            .filter(s -> s.getStepName().equals("reviewAnomaliesStep")).findFirst().orElseThrow();
        assertThat(step.getExitStatus().getExitDescription()).contains("skipped 3");
    }

    @Test
    void restartAfterTheSkipLimitReSendsNothingAlreadyReviewed() throws Exception {
        long importId = 90_002;
        ReviewTestbed.insertMasters(duckDb);
        ReviewTestbed.insertJournals(duckDb, importId, 4);
        try (FakeLlmServer openAi = new FakeLlmServer(Dialect.OPENAI)) {
            openAi.answers(FakeLlmServer.VALID_ANSWER);
            openAi.whenBodyContains("仕訳 J3", FakeLlmServer.status(400));
            openAi.whenBodyContains("仕訳 J4", FakeLlmServer.status(400));
            ReviewTestbed.Settings s = new ReviewTestbed.Settings().openAi(openAi.baseUrl());
            s.provider = "openai";
            s.chunkSize = 1;
            s.skipLimit = 1;
            ReviewSettings settings = s.build();
            JobParameters parameters = parameters();

            JobExecution first = jobOperator.start(job("reviewRestartJob", importId, step(settings, importId)),
                    parameters);
            assertThat(first.getStatus()).isEqualTo(BatchStatus.FAILED);
            assertThat(statuses(importId)).containsExactly("J1 reviewed", "J2 reviewed", "J3 skipped");

            openAi.server.resetMappings();
            openAi.answers(FakeLlmServer.VALID_ANSWER);
            JobExecution second = jobOperator.start(job("reviewRestartJob", importId, step(settings, importId)),
                    parameters);
            assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(second.getJobInstance().getId()).isEqualTo(first.getJobInstance().getId());
            assertThat(statuses(importId)).containsExactly("J1 reviewed", "J2 reviewed", "J3 reviewed",
                    "J4 reviewed");
            List<String> bodies = openAi.bodies();
            assertThat(bodies.stream().filter(body -> body.contains("仕訳 J1"))).hasSize(1);
            assertThat(bodies.stream().filter(body -> body.contains("仕訳 J2"))).hasSize(1);
        }
    }

    private List<String> statuses(long importId) {
        return duckDb.sql("select journal_id || ' ' || status from llm_reviews where import_id = ? order by journal_id")
            .param(importId).query(String.class).list();
    }

    private Step step(ReviewSettings settings, long importId) {
        LlmUsageLog usage = new LlmUsageLog(metaStore);
        LlmReviewStore store = new LlmReviewStore(duckDb);
        ProviderChain chain = ReviewStepConfiguration.providerChain(settings, new SimpleMeterRegistry(), usage,
                Clock.systemUTC());
        JournalReviewProcessor processor = new JournalReviewProcessor(chain,
                new JournalEvidence(duckDb, new Pseudonyms(duckDb)), new ReviewPrompts(new JobFiles(Path.of("jobs")), "ja"), store,
                new ReviewBudget(BigDecimal.ZERO, BigDecimal.ZERO));
        return ReviewStepConfiguration.step("reviewAnomaliesStep", jobRepository,
                new ListItemReader<>(new ReviewCandidates(duckDb, settings).select(importId)), processor,
                new LlmReviewWriter(store), new ReviewSummaryListener(chain, store), settings);
    }

    private Job job(String name, long importId, Step review) {
        Step context = new StepBuilder("putImportIdStep", jobRepository).tasklet((contribution, chunk) -> {
            contribution.getStepExecution().getJobExecution().getExecutionContext()
                .putLong(ImportContext.IMPORT_ID, importId);
            return RepeatStatus.FINISHED;
        }, transactionManager).build();
        return new JobBuilder(name, jobRepository).start(context).next(review).build();
    }

    private static JobParameters parameters() {
        return new JobParametersBuilder().addLong("run", System.nanoTime()).toJobParameters();
    }

}
