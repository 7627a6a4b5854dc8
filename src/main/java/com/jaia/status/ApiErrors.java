package com.jaia.status;

import com.jaia.intake.ImportRejected;
import com.jaia.intake.UploadTooLarge;

import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the web API into an RFC 9457 problem detail; the named facts get their own status.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail jobNotFound(JobNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Job not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail importRejected(ImportRejected e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "Import rejected", e.getMessage());
        if (e.earlierImportId() != null) {
            problem.setProperty("earlierImportId", e.earlierImportId());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail uploadTooLarge(UploadTooLarge e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Upload too large", e.getMessage());
    }

    @ExceptionHandler({ JobExecutionNotRunningException.class, JobExecutionAlreadyRunningException.class,
            JobInstanceAlreadyCompleteException.class, JobRestartException.class })
    ProblemDetail jobStateConflict(Exception e) {
        return problem(HttpStatus.CONFLICT, "Job state conflict", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Bad request", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        logger.error("request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", e.getMessage());
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

}
