package com.jaia.intake;

import java.util.concurrent.CompletableFuture;

import org.springframework.batch.core.job.JobExecution;

/**
 * An import handed to the bounded launcher: its execution as created (queued or running) and a future that completes
 * with the execution as it ended.
 *
 * @param execution the job execution, already stored with its id
 * @param completion completes with the re-read execution once the job has ended
 */
public record ImportSubmission(JobExecution execution, CompletableFuture<JobExecution> completion) {
}
