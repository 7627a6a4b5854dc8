package com.jaia.review;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.jaia.problems.ProblemType;

/**
 * Turns the reviews API's named failures into RFC 9457 problem details; request errors are answered by the
 * application-wide handler.
 */
@RestControllerAdvice(assignableTypes = ReviewsController.class)
class ReviewsProblems {

    @ExceptionHandler
    ProblemDetail noProvider(NoLlmProvider e) {
        return ProblemType.NO_LLM_PROVIDER.detail(e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail running(ReviewRetryRunning e) {
        return ProblemType.REVIEW_RETRY_RUNNING.detail(e.getMessage());
    }

}
