package com.jaia.review;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.jaia.problems.InvalidParameter;

/**
 * The reviews API: the stored LLM reviews, filtered and paged, and the retry of the reviews an outage deferred.
 */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "reviews", description = "LLM reviews of risky journals")
class ReviewsController {

    static final int MAX_PAGE_SIZE = 1000;

    private final ReviewListing listing;

    private final DeferredReviews deferred;

    ReviewsController(ReviewListing listing, DeferredReviews deferred) {
        this.listing = listing;
        this.deferred = deferred;
    }

    @GetMapping
    @Operation(summary = "Stored reviews by fiscal year, business unit, status (reviewed, skipped, deferred) and "
            + "verdict (likely_legitimate, needs_follow_up, suspicious), riskiest first")
    ReviewPage reviews(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String businessUnit, @RequestParam(required = false) String status,
            @RequestParam(required = false) String verdict, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new InvalidParameter("page", "page must be 0 or more, not " + page, List.of());
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidParameter("size", "size must be between 1 and " + MAX_PAGE_SIZE + ", not " + size,
                    List.of());
        }
        return listing.page(fiscalYear, businessUnit, status, verdict, page, size);
    }

    @PostMapping("/retry")
    @Operation(summary = "Retries the deferred reviews of a fiscal year and business unit (all when omitted) in the "
            + "background: 202 with the job execution started, 200 when nothing is deferred")
    ResponseEntity<Map<String, Object>> retry(@RequestParam(required = false) Integer fiscalYear,
            @RequestParam(required = false) String businessUnit) {
        ReviewRetry retry = deferred.start(new ReviewScope(fiscalYear, businessUnit), "api");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobExecutionId", retry.jobExecutionId());
        body.put("fiscalYear", retry.scope().fiscalYear());
        body.put("businessUnit", retry.scope().businessUnit());
        body.put("deferredReviews", retry.journals());
        body.put("status", retry.status());
        if (retry.jobExecutionId() == null) {
            body.put("message", retry.describe());
            return ResponseEntity.ok(body);
        }
        body.put("message", "Retrying " + retry.journals() + " deferred reviews (" + retry.scope().describe()
                + "); follow the job at /api/v1/jobs/" + retry.jobExecutionId() + ".");
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + retry.jobExecutionId())).body(body);
    }

}
