package com.jaia.review;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores one {@code llm_reviews} row per journal: the processed reviews of a chunk, and each journal the step skipped
 * with the reason it failed. Rows are upserted by key, so a rewrite after a restart never duplicates one.
 */
class LlmReviewWriter implements ItemWriter<JournalReview>, SkipListener<ReviewCandidate, JournalReview> {

    private final LlmReviewStore store;

    LlmReviewWriter(LlmReviewStore store) {
        this.store = store;
    }

    @Override
    public void write(Chunk<? extends JournalReview> reviews) {
        reviews.forEach(store::save);
    }

    @Override
    public void onSkipInProcess(ReviewCandidate candidate, Throwable failure) {
        store.save(JournalReview.skipped(candidate, String.valueOf(failure.getMessage())));
    }

}
