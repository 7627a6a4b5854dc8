package com.jaia.review;

import com.jaia.problems.NamedProblem;
import com.jaia.problems.ProblemType;

/**
 * A retry of deferred reviews is running already; a second one would send the same journals twice.
 */
public class ReviewRetryRunning extends NamedProblem {

    ReviewRetryRunning() {
        super(ProblemType.REVIEW_RETRY_RUNNING, "a retry of deferred reviews is running already; wait for it to end (see GET /api/v1/jobs?name="
                + DeferredReviews.JOB_NAME + ")");
    }

}
