package com.jaia.status;

import com.jaia.problems.ProblemType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page: answers that the web server or a filter produced with only a status (a request line or headers
 * too long, a rejected key, a failure outside a controller) become problem details too, instead of HTML or
 * Boot's default JSON.
 */
@Hidden
@RestController
class ErrorPageProblems implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 500;
        ProblemType type = ProblemType.forStatus(status);
        ProblemDetail problem = type.detail(detail(status));
        problem.setStatus(status);
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri) {
            problem.setInstance(java.net.URI.create(uri.replace(" ", "%20")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** What to tell a person about an answer that has only a status. */
    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request cannot be read: its request line or headers are malformed or too long.";
            case 404 -> "There is nothing at this path; the API is under /api/v1 (see /v3/api-docs).";
            case 414 -> "The URL is longer than the server accepts; send fewer or shorter query parameters.";
            case 431 -> "The request headers are larger than the server accepts; send fewer or shorter headers.";
            default -> status >= 500 ? "The server could not answer this request; the details are in its log."
                    : "The request was refused (HTTP " + status + ").";
        };
    }

}
