package com.jaia.aggregates;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the aggregates API's failures into RFC 9457 problem details.
 */
@RestControllerAdvice(assignableTypes = AggregatesController.class)
class AggregatesProblems {

    @ExceptionHandler
    ProblemDetail notFound(AggregateNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Aggregate not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidAggregateQuery e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid aggregate query", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid aggregate query",
                e.getName() + " must be a whole number, not '" + e.getValue() + "'");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

}
