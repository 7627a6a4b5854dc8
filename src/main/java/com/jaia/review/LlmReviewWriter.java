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

    private final ReviewTally tally;

    LlmReviewWriter(LlmReviewStore store) {
        this(store, new ReviewTally());
    }

    LlmReviewWriter(LlmReviewStore store, ReviewTally tally) {
        this.store = store;
        this.tally = tally;
    }

    @Override
    public void write(Chunk<? extends JournalReview> reviews) {
        reviews.forEach(this::save);
    }

    @Override
    public void onSkipInProcess(ReviewCandidate candidate, Throwable failure) {
        save(JournalReview.skipped(candidate, String.valueOf(failure.getMessage())));
    }

    private void save(JournalReview review) {
        store.save(review);
        tally.add(review.status());
    }

}
