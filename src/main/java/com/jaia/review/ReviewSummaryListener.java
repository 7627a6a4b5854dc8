package com.jaia.review;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import com.jaia.pipeline.ImportContext;

/**
 * Logs the provider chain in use when the step starts and puts the review totals, the chain and every provider
 * switch into the step's exit description.
 */
class ReviewSummaryListener implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ReviewSummaryListener.class);

    private final ProviderChain chain;

    private final LlmReviewStore store;

    ReviewSummaryListener(ProviderChain chain, LlmReviewStore store) {
        this.chain = chain;
        this.store = store;
    }

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
        String summary = "LLM chain: " + (chain.isEmpty() ? "none (" + JournalReview.NO_PROVIDER + ")"
                : chain.describe()) + "; " + store.summary(((Number) importId).longValue())
                + (chain.switches().isEmpty() ? "" : "; provider switches: " + String.join(", ", chain.switches()));
        log.info("LLM review of import {}: {}", importId, summary);
        stepExecution.getExecutionContext().putString("jaia.review.summary", summary);
        return stepExecution.getExitStatus().addExitDescription(summary);
    }

}
