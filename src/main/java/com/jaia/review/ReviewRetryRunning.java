package com.jaia.review;

/**
 * A retry of deferred reviews is running already; a second one would send the same journals twice.
 */
public class ReviewRetryRunning extends RuntimeException {

    ReviewRetryRunning() {
        super("a retry of deferred reviews is running already; wait for it to end (see GET /api/v1/jobs?name="
                + DeferredReviews.JOB_NAME + ")");
    }

}
