package com.jaia.problems;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every kind of error the API answers with: a stable {@code type} URI ({@code /problems/<slug>}), its HTTP status
 * and title. A client tells errors apart by the type, never by the detail text.
 */
public enum ProblemType {

    /** A query parameter, path variable or form field has a value the endpoint cannot use. */
    INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter"),
    /** A required query parameter, form field or multipart part is missing. */
    MISSING_PARAMETER("missing-parameter", HttpStatus.BAD_REQUEST, "Missing parameter"),
    /** The request body cannot be read (malformed JSON or multipart). */
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request"),
    /** An uploaded file has no content. */
    EMPTY_UPLOAD("empty-upload", HttpStatus.BAD_REQUEST, "Empty upload"),
    /** An upload larger than the configured maximum. */
    UPLOAD_TOO_LARGE("upload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Upload too large"),
    /** The request line or headers are too long or cannot be parsed (answered by the web server itself). */
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request"),
    /** The request's headers are larger than the server accepts. */
    HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large"),
    /** The request's URL is longer than the server accepts. */
    URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "URI too long"),
    /** No API resource at this path. */
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    /** No job execution with this id. */
    JOB_NOT_FOUND("job-not-found", HttpStatus.NOT_FOUND, "Job not found"),
    /** No import with this id in the imports ledger. */
    IMPORT_NOT_FOUND("import-not-found", HttpStatus.NOT_FOUND, "Import not found"),
    /** No journal with this id. */
    JOURNAL_NOT_FOUND("journal-not-found", HttpStatus.NOT_FOUND, "Journal not found"),
    /** No aggregate table with this name. */
    AGGREGATE_NOT_FOUND("aggregate-not-found", HttpStatus.NOT_FOUND, "Aggregate not found"),
    /** The path exists but not for this HTTP method. */
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    /** The request's content type is not one the endpoint reads. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    /** None of the accepted media types can be produced. */
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    /** An import the exactly-once rules refuse (content already imported, or already running). */
    IMPORT_REFUSED("import-refused", HttpStatus.CONFLICT, "Import refused"),
    /** A job action that its execution's state does not allow (stop a finished job, restart a completed one). */
    JOB_STATE_CONFLICT("job-state-conflict", HttpStatus.CONFLICT, "Job state conflict"),
    /** A bare journal id that matches journals of several business units or fiscal years. */
    AMBIGUOUS_JOURNAL("ambiguous-journal", HttpStatus.CONFLICT, "Ambiguous journal"),
    /** Deferred LLM reviews cannot be retried because no LLM provider is configured. */
    NO_LLM_PROVIDER("no-llm-provider", HttpStatus.CONFLICT, "No LLM provider"),
    /** A retry of deferred LLM reviews is running already. */
    REVIEW_RETRY_RUNNING("review-retry-running", HttpStatus.CONFLICT, "Review retry running"),
    /** A master file refused: its kind cannot be told from its header, or it would shrink a master without replace. */
    MASTER_REFUSED("master-refused", HttpStatus.UNPROCESSABLE_CONTENT, "Master file refused"),
    /** No or an unknown API key. */
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized"),
    /** The API key's role does not allow this request. */
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden"),
    /** Too many requests from this client; retry after the time given. */
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    /** A store the request needs cannot be reached. */
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    /** Anything unforeseen; the details are in the server log. */
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    /** Where the type URIs live; relative, so they resolve against the server that answered. */
    public static final String BASE = "/problems/";

    private final String slug;

    private final HttpStatus status;

    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** A problem detail of this type with the given explanation for a person. */
    public ProblemDetail detail(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(uri());
        problem.setTitle(title);
        return problem;
    }

    /** The type for an HTTP status the API answers without a more specific type. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> UPLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }

}
