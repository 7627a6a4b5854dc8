package com.jaia.review;

import java.net.URI;
import com.jaia.api.Page;
import com.jaia.api.ProblemAnswers;
import com.jaia.problems.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reviews API: the stored LLM reviews, filtered and paged, and the retry of the reviews an outage deferred.
 */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "reviews")
record ReviewsController(ReviewListing listing, DeferredReviews deferred) {

    static final int MAX_PAGE_SIZE = 1000;

    @GetMapping
    @Operation(operationId = "listReviews", summary = "List the stored LLM reviews",
            description = "Reviews by fiscal year, business unit, status and verdict, riskiest journal first. "
                    + "Status and verdict match without regard to case; another value is a 400 naming the accepted "
                    + "values.")
    Page<StoredReview> reviews(
            @Parameter(description = "The fiscal year") @RequestParam(required = false) Integer fiscalYear,
            @Parameter(description = "The business unit") @RequestParam(required = false) String businessUnit,
            @Parameter(description = "The review status", schema = @Schema(allowableValues = { "reviewed",
                    "skipped", "deferred" })) @RequestParam(required = false) String status,
            @Parameter(description = "The verdict of a reviewed journal", schema = @Schema(allowableValues = {
                    "likely_legitimate", "needs_follow_up", "suspicious" })) @RequestParam(required = false)
            String verdict,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Reviews per page") @RequestParam(defaultValue = "50") @Min(1)
            @Max(MAX_PAGE_SIZE) int size) {
        Page.check(page, size, MAX_PAGE_SIZE);
        return listing.page(fiscalYear, businessUnit, status, verdict, page, size);
    }

    /**
     * A retry of deferred reviews: started (with its job execution) or not needed.
     *
     * @param jobExecutionId the retry's job execution, null when nothing is deferred
     * @param fiscalYear the fiscal year retried, null for all
     * @param businessUnit the business unit retried, null for all
     * @param deferredReviews how many deferred reviews are retried
     * @param status the retry's state
     * @param message what happens, for a person
     */
    record RetryAnswer(Long jobExecutionId, Integer fiscalYear, String businessUnit, long deferredReviews,
            String status, String message) {
    }

    @PostMapping("/retry")
    @Operation(operationId = "retryDeferredReviews", summary = "Retry the deferred reviews",
            description = "Retries the reviews an LLM outage deferred, for a fiscal year and business unit (all "
                    + "when omitted), in the background: 202 with the job execution started (also in Location), 200 "
                    + "when nothing is deferred; 409 without an LLM provider or while a retry runs.")
    @ApiResponse(responseCode = "200", description = "Nothing is deferred; nothing started")
    @ApiResponse(responseCode = "202", description = "Retry started; follow the job",
            headers = @Header(name = "Location", description = "The job execution", schema = @Schema(type = "string")))
    @ProblemAnswers({ ProblemType.NO_LLM_PROVIDER, ProblemType.REVIEW_RETRY_RUNNING })
    ResponseEntity<RetryAnswer> retry(
            @Parameter(description = "The fiscal year") @RequestParam(required = false) Integer fiscalYear,
            @Parameter(description = "The business unit") @RequestParam(required = false) String businessUnit) {
        ReviewRetry retry = deferred.start(new ReviewScope(fiscalYear, businessUnit), "api");
        if (retry.jobExecutionId() == null) {
            return ResponseEntity.ok(new RetryAnswer(null, retry.scope().fiscalYear(), retry.scope().businessUnit(),
                    retry.journals(), retry.status(), retry.describe()));
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + retry.jobExecutionId()))
            .body(new RetryAnswer(retry.jobExecutionId(), retry.scope().fiscalYear(), retry.scope().businessUnit(),
                    retry.journals(), retry.status(), "Retrying " + retry.journals() + " deferred reviews ("
                            + retry.scope().describe() + "); follow the job at /api/v1/jobs/"
                            + retry.jobExecutionId() + "."));
    }

}
