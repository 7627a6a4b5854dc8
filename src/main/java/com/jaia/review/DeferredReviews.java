package com.jaia.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Retries the reviews an LLM outage deferred, as a {@code reviewRetryJob} over the deferred journals of a scope: one
 * retry at a time, and each journal is checked to be still deferred just before it is sent, so none is reviewed twice.
 * The command line waits for the retry; the API and the schedule start it in the background.
 */
public class DeferredReviews {

    static final String JOB_NAME = "reviewRetryJob";

    private static final Logger log = LoggerFactory.getLogger(DeferredReviews.class);

    private final JobRepository jobRepository;

    private final JobOperator jobOperator;

    private final TaskExecutorJobOperator backgroundOperator;

    private final ProviderChain chain;

    private final JournalEvidence evidence;

    private final ReviewPrompts prompts;

    private final LlmReviewStore store;

    private final ReviewSettings settings;

    private final AtomicBoolean running = new AtomicBoolean();

    DeferredReviews(JobRepository jobRepository, JobOperator jobOperator, ProviderChain chain,
            JournalEvidence evidence, ReviewPrompts prompts, LlmReviewStore store, ReviewSettings settings) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.chain = chain;
        this.evidence = evidence;
        this.prompts = prompts;
        this.store = store;
        this.settings = settings;
        this.backgroundOperator = new TaskExecutorJobOperator();
        backgroundOperator.setJobRepository(jobRepository);
        backgroundOperator.setJobRegistry(new MapJobRegistry());
        backgroundOperator.setTaskExecutor(new SimpleAsyncTaskExecutor("review-retry-"));
    }

    /** Retries the deferred reviews of the scope and waits until the retry has ended. */
    public ReviewRetry run(ReviewScope scope, String origin) {
        return launch(scope, origin, jobOperator);
    }

    /** Starts the retry of the scope's deferred reviews in the background and returns at once. */
    public ReviewRetry start(ReviewScope scope, String origin) {
        return launch(scope, origin, backgroundOperator);
    }

    /** How many reviews of the scope wait for a retry. */
    public long count(ReviewScope scope) {
        return store.deferred(scope).size();
    }

    /** The provider chain, each circuit's state and the deferred reviews, for the health endpoint. */
    public LlmChainStatus chainStatus() {
        List<LlmChainStatus.Provider> providers = chain.providers();
        String status = chain.isEmpty() ? "not_configured"
                : providers.stream().anyMatch(p -> !p.breaker().equals("open")) ? "available" : "unavailable";
        return new LlmChainStatus(status, providers, count(ReviewScope.all()));
    }

    /** Whether a scheduled retry may run: a provider is configured and one of their circuits takes calls. */
    boolean providersAvailable() {
        return !chain.isEmpty() && chain.anyAvailable();
    }

    boolean isRunning() {
        return running.get();
    }

    private ReviewRetry launch(ReviewScope scope, String origin, JobOperator operator) {
        if (chain.isEmpty()) {
            throw new NoLlmProvider();
        }
        if (!running.compareAndSet(false, true)) {
            throw new ReviewRetryRunning();
        }
        try {
            List<ReviewCandidate> journals = store.deferred(scope);
            if (journals.isEmpty()) {
                running.set(false);
                return new ReviewRetry(null, scope, 0, ReviewRetry.NOTHING_DEFERRED, 0, 0, 0);
            }
            ReviewTally tally = new ReviewTally();
            JobExecution execution = operator.start(job(journals, tally, scope), parameters(scope, origin));
            return new ReviewRetry(execution.getId(), scope, journals.size(), execution.getStatus().name(),
                    tally.of(JournalReview.REVIEWED), tally.of(JournalReview.DEFERRED), tally.of(JournalReview.SKIPPED));
        }
        catch (Exception e) {
            running.set(false);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("the retry of deferred reviews could not start: " + e.getMessage(), e);
        }
    }

    private Job job(List<ReviewCandidate> journals, ReviewTally tally, ReviewScope scope) {
        JournalReviewProcessor processor = new JournalReviewProcessor(chain, evidence, prompts, store,
                new ReviewBudget(settings.budget(), BigDecimal.ZERO));
        return new JobBuilder(JOB_NAME, jobRepository)
            .listener(new JobExecutionListener() {
                @Override
                public void afterJob(JobExecution execution) {
                    running.set(false);
                }
            })
            .start(ReviewStepConfiguration.step("retryDeferredReviewsStep", jobRepository,
                    new ListItemReader<>(journals),
                    candidate -> store.isDeferred(candidate) ? processor.process(candidate) : null,
                    new LlmReviewWriter(store, tally), summary(journals.size(), tally, scope), settings))
            .build();
    }

    private StepExecutionListener summary(int journals, ReviewTally tally, ReviewScope scope) {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution step) {
                String summary = "retried " + journals + " deferred reviews (" + scope.describe() + "): reviewed "
                        + tally.of(JournalReview.REVIEWED) + ", still deferred " + tally.of(JournalReview.DEFERRED)
                        + ", skipped " + tally.of(JournalReview.SKIPPED) + "; LLM chain: " + chain.describe();
                log.info("LLM review retry: {}", summary);
                return step.getExitStatus().addExitDescription(summary);
            }
        };
    }

    private static JobParameters parameters(ReviewScope scope, String origin) {
        JobParametersBuilder builder = new JobParametersBuilder()
            .addString("run", UUID.randomUUID().toString())
            .addString("origin", origin, false);
        if (scope.fiscalYear() != null) {
            builder.addLong("fiscalYear", scope.fiscalYear().longValue(), false);
        }
        if (scope.businessUnit() != null) {
            builder.addString("businessUnit", scope.businessUnit(), false);
        }
        return builder.toJobParameters();
    }

}
