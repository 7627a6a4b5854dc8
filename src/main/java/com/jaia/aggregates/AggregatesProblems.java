package com.jaia.aggregates;

import com.jaia.problems.ProblemType;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the aggregates API's named failures into RFC 9457 problem details; request errors are answered by the
 * application-wide handler.
 */
@RestControllerAdvice(assignableTypes = AggregatesController.class)
class AggregatesProblems {

    @ExceptionHandler
    ProblemDetail notFound(AggregateNotFound e) {
        return ProblemType.AGGREGATE_NOT_FOUND.detail(e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidAggregateQuery e) {
        ProblemDetail problem = ProblemType.INVALID_PARAMETER.detail(e.getMessage());
        problem.setProperty("parameter", "period");
        return problem;
    }

}
