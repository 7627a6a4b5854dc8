package com.jaia.review;

/**
 * A retry of deferred reviews: what was started, and how it ended when it ran to the end.
 *
 * @param jobExecutionId the {@code reviewRetryJob} execution, or null when nothing was started
 * @param scope the fiscal year and business unit retried
 * @param journals deferred journals the retry takes
 * @param status the execution's status ({@code STARTING} for one started in the background, else how it ended), or
 *     {@code NOTHING_DEFERRED}
 * @param reviewed journals reviewed by this retry (known when it has ended)
 * @param stillDeferred journals deferred again because no provider could answer
 * @param skipped journals skipped for good (e.g. an answer that stayed invalid)
 */
public record ReviewRetry(Long jobExecutionId, ReviewScope scope, int journals, String status, long reviewed,
        long stillDeferred, long skipped) {

    static final String NOTHING_DEFERRED = "NOTHING_DEFERRED";

    /** What the retry did, in one sentence. */
    public String describe() {
        if (jobExecutionId == null) {
            return "No deferred reviews for " + scope.describe() + "; nothing to retry.";
        }
        return "Retried " + journals + " deferred review" + (journals == 1 ? "" : "s") + " (" + scope.describe()
                + "): reviewed " + reviewed + ", still deferred " + stillDeferred + ", skipped " + skipped
                + " (job execution " + jobExecutionId + ", " + status + ").";
    }

}
