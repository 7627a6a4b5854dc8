package com.jaia.review;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the reviews API's failures into RFC 9457 problem details.
 */
@RestControllerAdvice(assignableTypes = ReviewsController.class)
class ReviewsProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidReviewQuery e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                e.getMessage());
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("acceptedValues", e.acceptedValues());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
                e.getName() + " must be a whole number, not '" + e.getValue() + "'");
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail noProvider(NoLlmProvider e) {
        return problem(HttpStatus.CONFLICT, "no-llm-provider", "No LLM provider", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail running(ReviewRetryRunning e) {
        return problem(HttpStatus.CONFLICT, "review-retry-running", "Review retry running", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        problem.setTitle(title);
        return problem;
    }

}
