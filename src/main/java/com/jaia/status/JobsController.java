package com.jaia.status;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.Map;

import com.jaia.intake.ImportQueue;
import com.jaia.problems.InvalidParameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.format.annotation.DateTimeFormat;
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
@Tag(name = "jobs", description = "Job executions and their progress")
class JobsController {

    private final JobHistory history;

    private final JobDetails details;

    private final RejectedRows rejects;

    private final JobOperator jobOperator;

    private final ImportQueue imports;

    private final JobEvents events;

    JobsController(JobHistory history, JobDetails details, RejectedRows rejects, JobOperator jobOperator,
            ImportQueue imports, JobEvents events) {
        this.history = history;
        this.details = details;
        this.rejects = rejects;
        this.jobOperator = jobOperator;
        this.imports = imports;
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "Job executions, newest first")
    Paged<JobSummary> list(@RequestParam(required = false) String name,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime since,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime until,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        String wanted = InvalidParameter.oneOf("status", status, BatchStatus.class).map(Enum::name).orElse(null);
        return history.page(name, wanted, since, until, Math.max(0, page), pageSize(size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One execution: parameters, status, steps with counts, progress of a running step")
    JobDetail get(@PathVariable long id) {
        return details.describe(id);
    }

    @GetMapping("/{id}/rejects")
    @Operation(summary = "The rejected rows of the import this execution belongs to")
    Paged<RejectedRow> rejects(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        JobExecution execution = details.execution(id);
        return rejects.page(execution.getJobInstance().getInstanceId(), Math.max(0, page), pageSize(size));
    }

    @PostMapping("/{id}/stop")
    @Operation(summary = "Stops a running execution at its next chunk boundary")
    ResponseEntity<Map<String, Object>> stop(@PathVariable long id) throws JobExecutionNotRunningException {
        JobExecution execution = details.execution(id);
        if (!execution.isRunning()) {
            throw new JobExecutionNotRunningException("job execution " + id + " is " + execution.getStatus());
        }
        jobOperator.stop(execution);
        return ResponseEntity.accepted().body(Map.of("id", id, "status", BatchStatus.STOPPING.name()));
    }

    @PostMapping("/{id}/restart")
    @Operation(summary = "Restarts a failed or stopped execution; answers with the new execution")
    ResponseEntity<Map<String, Object>> restart(@PathVariable long id) throws JobRestartException {
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
            .body(Map.of("id", restarted.getId(), "restartOf", id, "status", restarted.getStatus().name()));
    }

    @GetMapping(path = "/{id}/events", produces = "text/event-stream")
    @Operation(summary = "Server-sent events with the execution's progress until it ends")
    SseEmitter events(@PathVariable long id) {
        details.execution(id);
        return events.follow(id);
    }

    private static int pageSize(int size) {
        return Math.min(Math.max(1, size), 1000);
    }

}
