package com.jaia.status;

import java.net.URI;

import com.jaia.api.Page;
import com.jaia.api.ProblemAnswers;
import com.jaia.api.Timestamps;
import com.jaia.intake.ImportQueue;
import com.jaia.problems.InvalidParameter;
import com.jaia.problems.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The job-monitoring API: executions with their steps and counts, rejects, stop, restart and live events.
 */
@RestController
@RequestMapping("/api/v1/jobs")
@Tag(name = "jobs")
record JobsController(JobHistory history, JobDetails details, RejectedRows rejects, JobOperator jobOperator,
        ImportQueue imports, JobEvents events) {

    @GetMapping
    @Operation(operationId = "listJobs", summary = "List job executions",
            description = "Job executions newest first, filtered by job name, batch status and creation time.")
    Page<JobSummary> list(
            @Parameter(description = "The job name, such as journalImportJob, refreshJob or reviewRetryJob",
                    example = "journalImportJob") @RequestParam(required = false) String name,
            @Parameter(description = "The batch status (case-insensitive)", schema = @Schema(allowableValues = {
                    "STARTING", "STARTED", "STOPPING", "STOPPED", "COMPLETED", "FAILED", "ABANDONED",
                    "UNKNOWN" })) @RequestParam(required = false) String status,
            @Parameter(description = "Created at or after (ISO 8601; without an offset, the server's zone)",
                    example = "2025-04-01T00:00:00+09:00", schema = @Schema(format = "date-time"))
            @RequestParam(required = false) String since,
            @Parameter(description = "Created before (ISO 8601; without an offset, the server's zone)",
                    example = "2025-05-01T00:00:00+09:00", schema = @Schema(format = "date-time"))
            @RequestParam(required = false) String until,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Executions per page") @RequestParam(defaultValue = "20") @Min(1)
            @Max(Page.MAX_SIZE) int size) {
        Page.check(page, size, Page.MAX_SIZE);
        String wanted = InvalidParameter.oneOf("status", status, BatchStatus.class).map(Enum::name).orElse(null);
        return history.page(name, wanted, Timestamps.parse("since", since), Timestamps.parse("until", until), page,
                size);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getJob", summary = "Read one job execution",
            description = "Parameters, status, exit description, steps with their counts, and the progress of a "
                    + "running step (done, total, rate, ETA).")
    @ProblemAnswers(ProblemType.JOB_NOT_FOUND)
    JobDetail get(@Parameter(description = "The job execution id") @PathVariable long id) {
        return details.describe(id);
    }

    @GetMapping("/{id}/rejects")
    @Operation(operationId = "listRejects", summary = "List the rejected rows of an import",
            description = "The rows of the import this execution belongs to that did not load: line number, "
                    + "column, reason code, message and the raw line, in line order.")
    @ProblemAnswers(ProblemType.JOB_NOT_FOUND)
    Page<RejectedRow> rejects(@Parameter(description = "The job execution id") @PathVariable long id,
            @Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "Rows per page") @RequestParam(defaultValue = "100") @Min(1)
            @Max(Page.MAX_SIZE) int size) {
        Page.check(page, size, Page.MAX_SIZE);
        JobExecution execution = details.execution(id);
        return rejects.page(execution.getJobInstance().getInstanceId(), page, size);
    }

    @PostMapping("/{id}/stop")
    @Operation(operationId = "stopJob", summary = "Stop a running execution",
            description = "Asks the execution to stop at its next chunk boundary; a load in progress is rolled back. "
                    + "Answers 202 while it stops; 409 when it is not running.")
    @ApiResponse(responseCode = "202", description = "Stopping")
    @ProblemAnswers({ ProblemType.JOB_NOT_FOUND, ProblemType.JOB_STATE_CONFLICT })
    ResponseEntity<JobStopping> stop(@Parameter(description = "The job execution id") @PathVariable long id)
            throws JobExecutionNotRunningException {
        JobExecution execution = details.execution(id);
        if (!execution.isRunning()) {
            throw new JobExecutionNotRunningException("job execution " + id + " is " + execution.getStatus());
        }
        jobOperator.stop(execution);
        return ResponseEntity.accepted().body(new JobStopping(id, BatchStatus.STOPPING.name()));
    }

    @PostMapping("/{id}/restart")
    @Operation(operationId = "restartJob", summary = "Restart a failed or stopped execution",
            description = "Starts a new execution of the same job instance, which skips the work already done; "
                    + "answers 202 with the new execution (also in Location). 409 for a completed or running one.")
    @ApiResponse(responseCode = "202", description = "Restarted; follow the new execution",
            headers = @Header(name = "Location", description = "The new job execution",
                    schema = @Schema(type = "string")))
    @ProblemAnswers({ ProblemType.JOB_NOT_FOUND, ProblemType.JOB_STATE_CONFLICT })
    ResponseEntity<JobRestarted> restart(@Parameter(description = "The job execution id") @PathVariable long id)
            throws JobRestartException {
        JobExecution execution = details.execution(id);
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new JobNotRestartable("Job execution " + id + " is " + execution.getStatus()
                    + " and cannot be restarted; to load a corrected ledger, import the corrected file.");
        }
        if (execution.isRunning()) {
            throw new JobNotRestartable("Job execution " + id + " is still " + execution.getStatus()
                    + "; stop it first (POST /api/v1/jobs/" + id + "/stop) or wait for it to end.");
        }
        JobExecution restarted = imports.restart(execution).execution();
        return ResponseEntity.accepted()
            .location(URI.create("/api/v1/jobs/" + restarted.getId()))
            .body(new JobRestarted(restarted.getId(), id, restarted.getStatus().name()));
    }

    @GetMapping(path = "/{id}/events", produces = "text/event-stream")
    @Operation(operationId = "followJob", summary = "Follow an execution's progress as server-sent events",
            description = "Sends the latest report of each step, then each `step` report as it happens, until the "
                    + "execution ends.")
    @ApiResponse(responseCode = "200", description = "An event stream",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = "string")))
    @ProblemAnswers(ProblemType.JOB_NOT_FOUND)
    SseEmitter events(@Parameter(description = "The job execution id") @PathVariable long id) {
        details.execution(id);
        return events.follow(id);
    }

}
