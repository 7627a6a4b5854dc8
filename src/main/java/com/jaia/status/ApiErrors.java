package com.jaia.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.jaia.problems.InvalidParameter;
import com.jaia.problems.NamedProblem;
import com.jaia.problems.ProblemType;

import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error of the web API into an RFC 9457 problem detail whose {@code type} is one of {@link ProblemType}:
 * the named facts, Spring MVC's own request errors (missing or mistyped parameters, unknown paths, wrong methods,
 * multipart failures) and anything unforeseen, whose trace goes to the log and never to the client.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

    /** Spring MVC's request errors and the problem type each is answered with; others by their HTTP status. */
    private static final List<Map.Entry<Class<? extends Exception>, ProblemType>> REQUEST_ERRORS = List.of(
            Map.entry(MissingServletRequestParameterException.class, ProblemType.MISSING_PARAMETER),
            Map.entry(MissingServletRequestPartException.class, ProblemType.MISSING_PARAMETER),
            Map.entry(MissingPathVariableException.class, ProblemType.MISSING_PARAMETER),
            Map.entry(TypeMismatchException.class, ProblemType.INVALID_PARAMETER),
            Map.entry(HttpMessageNotReadableException.class, ProblemType.MALFORMED_REQUEST),
            Map.entry(MaxUploadSizeExceededException.class, ProblemType.UPLOAD_TOO_LARGE),
            Map.entry(HttpRequestMethodNotSupportedException.class, ProblemType.METHOD_NOT_ALLOWED),
            Map.entry(HttpMediaTypeNotSupportedException.class, ProblemType.UNSUPPORTED_MEDIA_TYPE),
            Map.entry(HttpMediaTypeNotAcceptableException.class, ProblemType.NOT_ACCEPTABLE));

    @ExceptionHandler
    ProblemDetail named(NamedProblem e) {
        return e.detail();
    }

    @ExceptionHandler({ JobExecutionNotRunningException.class, JobExecutionAlreadyRunningException.class,
            JobInstanceAlreadyCompleteException.class, JobRestartException.class })
    ProblemDetail jobStateConflict(Exception e) {
        logger.info("job state conflict: " + e.getMessage());
        return ProblemType.JOB_STATE_CONFLICT.detail(e instanceof JobExecutionNotRunningException ? e.getMessage()
                : "The job cannot be started or restarted in its current state; see GET /api/v1/jobs for its status.");
    }

    @ExceptionHandler
    ProblemDetail invalidParameter(InvalidParameter e) {
        ProblemDetail problem = ProblemType.INVALID_PARAMETER.detail(e.getMessage());
        problem.setProperty("parameter", e.parameter());
        if (!e.acceptedValues().isEmpty()) {
            problem.setProperty("acceptedValues", e.acceptedValues());
        }
        return problem;
    }

    @ExceptionHandler
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemType.INVALID_PARAMETER.detail(e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail multipart(MultipartException e) {
        logger.info("unreadable multipart request", e);
        return ProblemType.MALFORMED_REQUEST.detail(
                "The multipart request cannot be read; send the file as the form field 'file'.");
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception e) {
        logger.error("request failed", e);
        return ProblemType.INTERNAL_ERROR.detail(
                "The server could not answer this request because of an unexpected error; the details are in its log.");
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        Class<?> required = ex.getRequiredType();
        ProblemDetail problem;
        if (required != null && required.isEnum()) {
            List<String> accepted = Arrays.stream(required.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            problem = invalidParameter(InvalidParameter.notOneOf(name, ex.getValue(), accepted));
        }
        else {
            problem = ProblemType.INVALID_PARAMETER.detail(name + " must be " + describe(required) + ", not '"
                    + ex.getValue() + "'");
            problem.setProperty("parameter", name);
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** A parameter outside its declared bounds (page, size, fiscal year): names it and says what it must be. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemType.INVALID_PARAMETER.detail("The request has a parameter out of bounds.");
        ex.getParameterValidationResults().stream().findFirst().ifPresent(result -> {
            String name = parameterName(result.getMethodParameter());
            String rule = result.getResolvableErrors().stream()
                .map(error -> String.valueOf(error.getDefaultMessage()))
                .findFirst()
                .orElse("is not valid");
            problem.setDetail(name + " " + rule + ", not '" + result.getArgument() + "'");
            problem.setProperty("parameter", name);
        });
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        if (param != null && !param.value().isEmpty()) {
            return param.value();
        }
        return parameter.getParameterName();
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            ProblemType type = typeOf(ex, statusCode);
            problem.setType(type.uri());
            problem.setTitle(type.title());
            if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
                problem.setDetail("There is nothing at this path; the API is under /api/v1 (see /v3/api-docs).");
            }
            if (ex instanceof MissingServletRequestParameterException missing) {
                problem.setProperty("parameter", missing.getParameterName());
            }
            if (ex instanceof MissingServletRequestPartException missing) {
                problem.setProperty("parameter", missing.getRequestPartName());
            }
        }
        return response;
    }

    private static ProblemType typeOf(Exception ex, HttpStatusCode status) {
        return REQUEST_ERRORS.stream()
            .filter(error -> error.getKey().isInstance(ex))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseGet(() -> ProblemType.forStatus(status.value()));
    }

    private static String describe(Class<?> required) {
        if (required == null) {
            return "a valid value";
        }
        if (Number.class.isAssignableFrom(required) || required == int.class || required == long.class) {
            return "a whole number";
        }
        if (required.getPackageName().startsWith("java.time")) {
            return "an ISO-8601 date-time such as 2025-04-01T00:00:00";
        }
        if (required == boolean.class || required == Boolean.class) {
            return "true or false";
        }
        return "a valid value";
    }

}
