package com.jaia.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import com.jaia.pipeline.ImportContext;

/**
 * Logs the provider chain in use when the step starts and puts the review totals, the chain and every provider
 * switch into the step's exit description, led by how many reviews were deferred and how they are retried.
 */
record ReviewSummaryListener(ProviderChain chain, LlmReviewStore store) implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ReviewSummaryListener.class);

    /** Step context keys of the summary and the counts, for whoever reports on the import. */
    static final String SUMMARY = "jaia.review.summary";

    static final String REVIEWED = "jaia.review.reviewed";

    static final String SKIPPED = "jaia.review.skipped";

    static final String DEFERRED = "jaia.review.deferred";

    @Override
    public void beforeStep(StepExecution stepExecution) {
        log.info("LLM review chain: {}", chain.isEmpty() ? JournalReview.NO_PROVIDER : chain.describe());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Object importId = stepExecution.getJobExecution().getExecutionContext().get(ImportContext.IMPORT_ID);
        if (importId == null) {
            return stepExecution.getExitStatus();
        }
        ReviewTotals totals = store.totals(((Number) importId).longValue());
        String summary = deferredNote(totals.deferred()) + "LLM chain: "
                + (chain.isEmpty() ? "none (" + JournalReview.NO_PROVIDER + ")" : chain.describe()) + "; "
                + totals.describe()
                + (chain.switches().isEmpty() ? "" : "; provider switches: " + String.join(", ", chain.switches()));
        log.info("LLM review of import {}: {}", importId, summary);
        stepExecution.getExecutionContext().putString(SUMMARY, summary);
        stepExecution.getExecutionContext().putLong(REVIEWED, totals.reviewed());
        stepExecution.getExecutionContext().putLong(SKIPPED, totals.skipped());
        stepExecution.getExecutionContext().putLong(DEFERRED, totals.deferred());
        return stepExecution.getExitStatus().addExitDescription(summary);
    }

    /** The sentence that leads the exit description when an outage deferred reviews. */
    static String deferredNote(long deferred) {
        return deferred == 0 ? "" : deferred + (deferred == 1 ? " review" : " reviews")
                + " deferred: no LLM provider could answer; the retry schedule (jaia.review.retry-cron) reviews them "
                + "once a provider is back, or run `review` or POST /api/v1/reviews/retry now. ";
    }

}
