package com.jaia.intake;

import java.util.concurrent.CompletableFuture;

import com.jaia.pipeline.JobCompletions;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The bounded asynchronous launcher the watched folders, REST, S3 and schedules share: it checks the file and creates
 * the job execution at once (so callers get its id promptly), then runs it on one of {@code MAX_WORKERS} workers,
 * queueing beyond that.
 */
public class ImportQueue {

    private final QueuedImportLauncher launcher;

    private final Job journalImportJob;

    private final JobOperator jobOperator;

    private final ImportWorkers workers;

    private final JobRepository jobRepository;

    private final JobCompletions completions;

    ImportQueue(QueuedImportLauncher launcher, Job journalImportJob, JobOperator jobOperator, ImportWorkers workers,
            JobRepository jobRepository, JobCompletions completions) {
        this.completions = completions;
        this.launcher = launcher;
        this.journalImportJob = journalImportJob;
        this.jobOperator = jobOperator;
        this.workers = workers;
        this.jobRepository = jobRepository;
    }

    /**
     * Queues the import of a file (or the restart of a failed import of the same content).
     * @throws ImportRejected when the same content was already imported completely, or is being imported now
     */
    public ImportSubmission submit(ImportRequest request) {
        JobParameters parameters = launcher.prepare(request);
        try {
            return track(jobOperator.start(journalImportJob, parameters));
        }
        catch (JobExecutionAlreadyRunningException running) {
            JobInstance instance = jobRepository.getJobInstance(journalImportJob.getName(), parameters);
            throw new ImportRejected("this content is being imported right now by import #"
                    + instance.getInstanceId(), instance.getInstanceId());
        }
        catch (ImportRejected rejected) {
            throw rejected;
        }
        catch (Exception e) {
            throw new ImportRejected("the import of " + request.file() + " could not start: " + e.getMessage(), null);
        }
    }

    /** Queues the restart of a failed or stopped execution. */
    public ImportSubmission restart(JobExecution execution) throws JobRestartException {
        return track(jobOperator.restart(execution));
    }

    /** Imports running now and waiting for a worker. */
    public Load load() {
        return new Load(workers.active(), workers.queued());
    }

    private ImportSubmission track(JobExecution execution) {
        long id = execution.getId();
        launcher.started(id);
        CompletableFuture<JobExecution> ended = completions.of(id).whenComplete((done, failure) -> launcher.ended(id));
        return new ImportSubmission(execution, ended);
    }

    /**
     * How busy the workers are.
     *
     * @param running imports running now
     * @param queued imports waiting for a worker
     */
    public record Load(int running, int queued) {
    }

}
