package com.jaia.problems;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Every kind of error the API answers with: a stable {@code type} URI ({@code /problems/<slug>}), its HTTP status
 * and title. A client tells errors apart by the type, never by the detail text.
 */
public enum ProblemType {

    INVALID_PARAMETER("invalid-parameter", HttpStatus.BAD_REQUEST, "Invalid parameter",
            "A query parameter, path variable or form field has a value the endpoint cannot use."),
    MISSING_PARAMETER("missing-parameter", HttpStatus.BAD_REQUEST, "Missing parameter",
            "A required query parameter, form field or multipart part is missing."),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "Malformed request",
            "The request body cannot be read (malformed JSON or multipart)."),
    EMPTY_UPLOAD("empty-upload", HttpStatus.BAD_REQUEST, "Empty upload",
            "An uploaded file has no content."),
    UPLOAD_TOO_LARGE("upload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Upload too large",
            "An upload larger than the configured maximum."),
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request",
            "The request line or headers are too long or cannot be parsed (answered by the web server itself)."),
    HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large",
            "The request's headers are larger than the server accepts."),
    URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "URI too long",
            "The request's URL is longer than the server accepts."),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found",
            "No API resource at this path."),
    JOB_NOT_FOUND("job-not-found", HttpStatus.NOT_FOUND, "Job not found",
            "No job execution with this id."),
    JOURNAL_NOT_FOUND("journal-not-found", HttpStatus.NOT_FOUND, "Journal not found",
            "No journal with this id."),
    AGGREGATE_NOT_FOUND("aggregate-not-found", HttpStatus.NOT_FOUND, "Aggregate not found",
            "No aggregate table with this name."),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
            "The path exists but not for this HTTP method."),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
            "The request's content type is not one the endpoint reads."),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
            "None of the accepted media types can be produced."),
    IMPORT_REFUSED("import-refused", HttpStatus.CONFLICT, "Import refused",
            "An import the exactly-once rules refuse (content already imported, or already running)."),
    JOB_STATE_CONFLICT("job-state-conflict", HttpStatus.CONFLICT, "Job state conflict",
            "A job action that its execution's state does not allow (stop a finished job, restart a completed one)."),
    AMBIGUOUS_JOURNAL("ambiguous-journal", HttpStatus.CONFLICT, "Ambiguous journal",
            "A bare journal id that matches journals of several business units or fiscal years."),
    NO_LLM_PROVIDER("no-llm-provider", HttpStatus.CONFLICT, "No LLM provider",
            "Deferred LLM reviews cannot be retried because no LLM provider is configured."),
    REVIEW_RETRY_RUNNING("review-retry-running", HttpStatus.CONFLICT, "Review retry running",
            "A retry of deferred LLM reviews is running already."),
    MASTER_REFUSED("master-refused", HttpStatus.UNPROCESSABLE_CONTENT, "Master file refused",
            "A master file refused: its kind cannot be told from its header, or it would shrink a master "
                    + "without replace."),
    IMPORT_NOT_FOUND("import-not-found", HttpStatus.NOT_FOUND, "Import not found",
            "No import with this id in the imports ledger."),
    ROLLBACK_REFUSED("rollback-refused", HttpStatus.CONFLICT, "Rollback refused",
            "The import cannot be rolled back now (already rolled back or replaced, or another import may "
                    + "load into its scope)."),
    IP_BLOCK_NOT_FOUND("ip-block-not-found", HttpStatus.NOT_FOUND, "Address not blocked",
            "The address has no temporary or permanent block."),
    BODY_TOO_LARGE("body-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large",
            "A JSON or form body larger than the server accepts."),
    TOO_MANY_PARTS("too-many-parts", HttpStatus.CONTENT_TOO_LARGE, "Too many parts",
            "A multipart request with more parts than the server accepts."),
    SUSPICIOUS_REQUEST("suspicious-request", HttpStatus.BAD_REQUEST, "Suspicious request",
            "The path, query or headers look like an attack (traversal, script, SQL or template injection)."),
    ADDRESS_BLOCKED("address-blocked", HttpStatus.FORBIDDEN, "Address blocked",
            "Requests from this address are blocked for a while or until an administrator lifts the block."),
    LOCAL_ONLY("local-only", HttpStatus.FORBIDDEN, "Local access only",
            "No API key exists yet, so the server answers requests from its own machine only."),
    ORIGIN_NOT_ALLOWED("origin-not-allowed", HttpStatus.FORBIDDEN, "Origin not allowed",
            "A browser request from an origin the server does not allow."),
    UNAUTHORIZED("unauthorized", HttpStatus.UNAUTHORIZED, "Unauthorized",
            "No or an unknown API key."),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Forbidden",
            "The API key's role does not allow this request."),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
            "Too many requests from this client; retry after the time given."),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
            "A store the request needs cannot be reached."),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "Anything unforeseen; the details are in the server log.");

    /** Where the type URIs live; relative, so they resolve against the server that answered. */
    public static final String BASE = "/problems/";

    private final String slug;

    private final HttpStatus status;

    private final String title;

    private final String meaning;

    ProblemType(String slug, HttpStatus status, String title, String meaning) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.meaning = meaning;
    }

    /** The stable part of the type URI, e.g. {@code job-not-found}. */
    public String slug() {
        return slug;
    }

    /** When a client gets this type, in one sentence (the API documentation shows it). */
    public String meaning() {
        return meaning;
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
