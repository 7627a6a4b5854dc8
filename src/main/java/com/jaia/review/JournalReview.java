package com.jaia.review;

import java.math.BigDecimal;

/**
 * The outcome for one journal, one {@code llm_reviews} row: a verdict, a skip with its reason, or a deferral (no
 * provider could answer now; a later retry reviews it).
 *
 * @param candidate the journal
 * @param status {@code reviewed}, {@code skipped} or {@code deferred}
 * @param skipReason why it was skipped or deferred, null when reviewed
 * @param answer the verdict, null when skipped
 * @param call provider, model, tokens, cost, latency and attempts, null when no provider answered
 * @param cached whether an earlier answer to the same prompt and model was reused
 * @param promptHash the hash identifying the prompt and model chain, null when no prompt was built
 * @param language the prompt language
 */
record JournalReview(ReviewCandidate candidate, String status, String skipReason, ReviewAnswer answer,
        LlmAnswer call, boolean cached, String promptHash, String language) {

    static final String REVIEWED = "reviewed";

    static final String SKIPPED = "skipped";

    static final String DEFERRED = "deferred";

    static final String NO_PROVIDER = "no LLM provider configured";

    static final String BUDGET_EXHAUSTED = "budget exhausted";

    static JournalReview skipped(ReviewCandidate candidate, String reason) {
        return new JournalReview(candidate, SKIPPED, reason, null, null, false, null, null);
    }

    static JournalReview deferred(ReviewCandidate candidate, String reason) {
        return new JournalReview(candidate, DEFERRED, reason, null, null, false, null, null);
    }

    static JournalReview reviewed(ReviewCandidate candidate, ReviewAnswer answer, LlmAnswer call, boolean cached,
            String promptHash, String language) {
        return new JournalReview(candidate, REVIEWED, null, answer, call, cached, promptHash, language);
    }

    BigDecimal cost() {
        return call == null || cached ? BigDecimal.ZERO : call.cost();
    }

}
