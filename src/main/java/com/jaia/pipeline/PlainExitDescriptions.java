package com.jaia.pipeline;

import java.util.List;
import java.util.Optional;

import com.jaia.problems.PlainReason;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Rewrites what a job and its steps record as exit descriptions into sentences a person can act on: Spring Batch
 * stores a failure's whole stack trace there, which only the log should hold. Also marks an import that loaded
 * nothing (every row rejected) as {@code NOTHING_LOADED} instead of an ordinary success.
 */
@Component
public class PlainExitDescriptions implements JobExecutionListener {

    /** The exit code of a completed import whose every row was rejected. */
    public static final String NOTHING_LOADED = "NOTHING_LOADED";

    static final String LOAD_STEP = "loadJournalStep";

    private final JobRepository jobRepository;

    PlainExitDescriptions(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void afterJob(JobExecution job) {
        for (StepExecution step : job.getStepExecutions()) {
            plainStep(job, step).ifPresent(reason -> {
                step.setExitStatus(new ExitStatus(step.getExitStatus().getExitCode(), reason));
                jobRepository.update(step);
            });
        }
        if (job.getStatus() == BatchStatus.COMPLETED) {
            Optional<String> nothing = nothingLoaded(job);
            nothing.ifPresent(reason -> job.setExitStatus(new ExitStatus(NOTHING_LOADED, reason)));
            String findings = ImportContext.summary(job);
            if (nothing.isEmpty() && !findings.isEmpty()) {
                job.setExitStatus(job.getExitStatus().addExitDescription(findings));
            }
        }
        else if (job.getStatus() == BatchStatus.FAILED || job.getStatus() == BatchStatus.STOPPED) {
            job.setExitStatus(new ExitStatus(job.getExitStatus().getExitCode(), jobReason(job)));
        }
    }

    private Optional<String> plainStep(JobExecution job, StepExecution step) {
        List<Throwable> failures = step.getFailureExceptions();
        if (step.getStatus() == BatchStatus.STOPPED) {
            return Optional.of(failures.isEmpty() ? stopped(job) : PlainReason.of(failures.get(0)) + "; " + stopped(job));
        }
        if (!failures.isEmpty()) {
            return Optional.of(PlainReason.of(failures.get(0)) + " (the details are in the log)");
        }
        String description = step.getExitStatus().getExitDescription();
        if (looksTechnical(description)) {
            return Optional.of(PlainReason.clean(description));
        }
        return Optional.empty();
    }

    private static String jobReason(JobExecution job) {
        Optional<StepExecution> failed = job.getStepExecutions()
            .stream()
            .filter(step -> step.getStatus() == BatchStatus.FAILED && !step.getStepName().contains(":"))
            .findFirst()
            .or(() -> job.getStepExecutions().stream().filter(step -> step.getStatus() == BatchStatus.FAILED).findFirst());
        if (failed.isPresent()) {
            return failed.get().getStepName() + " failed: " + failed.get().getExitStatus().getExitDescription();
        }
        if (job.getStatus() == BatchStatus.STOPPED) {
            return stopped(job);
        }
        if (!job.getFailureExceptions().isEmpty()) {
            return "the job failed: " + PlainReason.of(job.getFailureExceptions().get(0))
                    + " (the details are in the log)";
        }
        String description = job.getExitStatus().getExitDescription();
        return looksTechnical(description) ? PlainReason.clean(description) : description;
    }

    private static String stopped(JobExecution job) {
        return "stopped on request; restart it to continue (POST /api/v1/jobs/" + job.getId() + "/restart)";
    }

    private static Optional<String> nothingLoaded(JobExecution job) {
        return job.getStepExecutions()
            .stream()
            .filter(step -> step.getStepName().equals(LOAD_STEP) && step.getStatus() == BatchStatus.COMPLETED)
            .filter(step -> step.getWriteCount() == 0)
            .findFirst()
            .map(step -> "nothing was loaded: all " + step.getFilterCount() + " rows were rejected"
                    + " (see the rejects: GET /api/v1/jobs/" + job.getId() + "/rejects)");
    }

    static boolean looksTechnical(String description) {
        return description != null && (description.contains("\tat ") || description.contains("Exception")
                || description.contains("\n"));
    }

}
