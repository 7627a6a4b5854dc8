package com.jaia.review;

/**
 * A journal could not be reviewed for a reason that another attempt at the same provider would not cure; the step
 * skips the journal and records the reason.
 */
class ReviewFailed extends RuntimeException {

    ReviewFailed(String reason) {
        super(reason);
    }

    ReviewFailed(String reason, Throwable cause) {
        super(reason, cause);
    }

}
