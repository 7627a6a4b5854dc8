package com.jaia.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

import com.jaia.duckdb.DuckDb;
import com.jaia.duckdb.DuckDbSchema;
import com.jaia.observability.ProgressBoard;
import com.jaia.pipeline.ImportContext;
import com.jaia.pipeline.JobFiles;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;

/**
 * The {@code reviewAnomaliesStep}: riskiest journals of the import in, one {@code llm_reviews} row per journal out;
 * an outage defers journals (the step still completes), permanent failures of one journal are skipped up to the skip
 * limit. Also the retry of deferred reviews, which builds the same step over the deferred journals.
 */
@Configuration(proxyBeanMethods = false)
class ReviewStepConfiguration {

    @Bean
    LlmUsageLog llmUsageLog(DataSource metaStore) {
        return new LlmUsageLog(metaStore);
    }

    @Bean
    LlmReviewStore llmReviewStore(@Qualifier(DuckDb.QUALIFIER) JdbcClient duckDb, DuckDbSchema schema) {
        return new LlmReviewStore(duckDb);
    }

    @Bean
    JournalEvidence journalEvidence(@Qualifier(DuckDb.QUALIFIER) JdbcClient duckDb, DuckDbSchema schema) {
        return new JournalEvidence(duckDb, new Pseudonyms(duckDb));
    }

    @Bean
    ReviewCandidates reviewCandidates(@Qualifier(DuckDb.QUALIFIER) JdbcClient duckDb, ReviewSettings settings) {
        return new ReviewCandidates(duckDb, settings);
    }

    @Bean
    ReviewPrompts reviewPrompts(ReviewSettings settings, JobFiles files) {
        return new ReviewPrompts(files, settings.language());
    }

    @Bean
    ProviderChain reviewProviderChain(ReviewSettings settings, ObjectProvider<MeterRegistry> meters,
            ObjectProvider<ObservationRegistry> observations, LlmUsageLog usage) {
        return providerChain(settings, new ReviewMetrics(meters.getIfAvailable(SimpleMeterRegistry::new),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP)), usage, Clock.systemUTC());
    }

    @Bean
    @StepScope
    ListItemReader<ReviewCandidate> reviewCandidateReader(ReviewCandidates candidates,
            @Value("#{jobExecutionContext['" + ImportContext.IMPORT_ID + "']}") Long importId) {
        if (importId == null) {
            throw new IllegalStateException("the job context has no " + ImportContext.IMPORT_ID
                    + "; reviewAnomaliesStep must run after loadJournalStep");
        }
        return new ListItemReader<>(candidates.select(importId));
    }

    @Bean
    @StepScope
    JournalReviewProcessor journalReviewProcessor(ProviderChain chain, JournalEvidence evidence,
            ReviewPrompts prompts, LlmReviewStore store, LlmUsageLog usage, ReviewSettings settings,
            @Value("#{jobExecutionContext['" + ImportContext.IMPORT_ID + "']}") Long importId) {
        return new JournalReviewProcessor(chain, evidence, prompts, store,
                new ReviewBudget(settings.budget(), usage.spent(importId == null ? -1 : importId)));
    }

    @Bean
    LlmReviewWriter llmReviewWriter(LlmReviewStore store) {
        return new LlmReviewWriter(store);
    }

    @Bean
    ReviewListing reviewListing(@Qualifier(DuckDb.READERS) JdbcClient duckDb, DuckDbSchema schema) {
        return new ReviewListing(duckDb);
    }

    @Bean
    DeferredReviews deferredReviews(JobRepository jobRepository, JobOperator jobOperator, ProviderChain chain,
            JournalEvidence evidence, ReviewPrompts prompts, LlmReviewStore store, ReviewSettings settings) {
        return new DeferredReviews(jobRepository, jobOperator, chain, evidence, prompts, store, settings);
    }

    @Bean
    @ConditionalOnProperty(name = "jaia.mode", havingValue = "server", matchIfMissing = true)
    ReviewRetrySchedule reviewRetrySchedule(DeferredReviews deferredReviews, ReviewSettings settings,
            @Qualifier("taskScheduler") TaskScheduler taskScheduler) {
        return new ReviewRetrySchedule(deferredReviews, taskScheduler, settings.retryCron());
    }

    @Bean
    Step reviewAnomaliesStep(JobRepository jobRepository, ItemReader<ReviewCandidate> reviewCandidateReader,
            JournalReviewProcessor journalReviewProcessor, LlmReviewWriter llmReviewWriter, ProviderChain chain,
            LlmReviewStore store, ReviewSettings settings, ReviewCandidates candidates, ProgressBoard progress) {
        return step("reviewAnomaliesStep", jobRepository, reviewCandidateReader, journalReviewProcessor,
                llmReviewWriter, new ReviewSummaryListener(chain, store), settings,
                new ReviewProgress(candidates, progress));
    }

    /**
     * Builds the step. Its chunks use a resourceless transaction manager (the rows go to DuckDB and are upserted, so
     * the SQLite lock is held only for the checkpoint), and retries happen per provider inside the chain, so the step
     * itself only skips.
     */
    static Step step(String name, JobRepository jobRepository, ItemReader<ReviewCandidate> reader,
            ItemProcessor<ReviewCandidate, JournalReview> processor, LlmReviewWriter writer,
            StepExecutionListener summary, ReviewSettings settings) {
        return step(name, jobRepository, reader, processor, writer, summary, settings, null);
    }

    static Step step(String name, JobRepository jobRepository, ItemReader<ReviewCandidate> reader,
            ItemProcessor<ReviewCandidate, JournalReview> processor, LlmReviewWriter writer,
            StepExecutionListener summary, ReviewSettings settings, ReviewProgress progress) {
        ChunkOrientedStepBuilder<ReviewCandidate, JournalReview> builder = new StepBuilder(name, jobRepository)
            .<ReviewCandidate, JournalReview>chunk(settings.chunkSize())
            .transactionManager(new ResourcelessTransactionManager())
            .reader(reader)
            .processor(processor)
            .writer(writer)
            .listener(summary)
            .faultTolerant()
            .retryPolicy(RetryPolicy.builder().maxRetries(0).predicate(failure -> false).build())
            .skip(ReviewFailed.class)
            .skipLimit(settings.skipLimit())
            .skipListener(writer);
        if (progress != null) {
            builder.listener((StepExecutionListener) progress)
                .listener((ItemWriteListener<JournalReview>) progress)
                .skipListener(progress);
        }
        if (settings.concurrency() > 1) {
            SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("llm-review-");
            executor.setConcurrencyLimit(settings.concurrency());
            builder.taskExecutor(executor);
        }
        return builder.build();
    }

    static ProviderChain providerChain(ReviewSettings settings, MeterRegistry meters, LlmUsageLog usage,
            Clock clock) {
        return providerChain(settings, new ReviewMetrics(meters), usage, clock);
    }

    static ProviderChain providerChain(ReviewSettings settings, ReviewMetrics metrics, LlmUsageLog usage,
            Clock clock) {
        List<ProviderEndpoint> endpoints = new ArrayList<>();
        for (String name : settings.chain()) {
            ProviderKind kind = ProviderKind.of(name);
            ReviewSettings.ProviderSettings connection = settings.providerSettings(name);
            String model = name.equals(settings.provider()) && !settings.model().isEmpty() ? settings.model()
                    : connection.model() != null && !connection.model().isBlank() ? connection.model()
                    : kind.defaultModel();
            endpoints.add(ProviderEndpoint.of(name, model, ChatModelFactory.create(kind, connection, model,
                    settings.timeout(), settings.maxOutputTokens()), settings.breaker(), settings.retry(), clock));
        }
        return new ProviderChain(endpoints, new RequestLimits(settings.requestsPerMinute(), settings.tokensPerMinute(),
                settings.rateLimitWait()), new PriceTable(settings.prices()), metrics, usage);
    }

}
