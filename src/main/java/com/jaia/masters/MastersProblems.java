package com.jaia.masters;

import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.jaia.problems.ProblemType;

/**
 * Turns refused master files into an RFC 9457 problem detail listing each file's outcome.
 */
@RestControllerAdvice(assignableTypes = MastersController.class)
class MastersProblems {

    @ExceptionHandler
    ProblemDetail refused(MastersRefused e) {
        ProblemDetail problem = ProblemType.MASTER_REFUSED.detail(e.getMessage());
        problem.setProperty("files", e.outcomes());
        return problem;
    }

}
