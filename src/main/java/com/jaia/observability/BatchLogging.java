package com.jaia.observability;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Puts the job execution id and step name into the MDC while a job and its steps run, logs each step's and job's
 * duration and counts to {@code jaia.performance}, and reports a step's start and end to the {@link ProgressBoard}.
 */
record BatchLogging(ProgressBoard board) implements JobExecutionListener, StepExecutionListener {

    private static final Logger performance = LoggerFactory.getLogger(LogNames.PERFORMANCE);

    @Override
    public void beforeJob(JobExecution job) {
        MDC.put(LogNames.JOB_EXECUTION_ID, Long.toString(job.getId()));
    }

    @Override
    public void afterJob(JobExecution job) {
        long millis = millis(job.getStartTime());
        performance.atInfo()
            .addKeyValue("job", job.getJobInstance().getJobName())
            .addKeyValue("status", job.getStatus().name())
            .addKeyValue("durationMs", millis)
            .log("job {} execution {} {} in {} ms", job.getJobInstance().getJobName(), job.getId(), job.getStatus(),
                    millis);
        MDC.remove(LogNames.JOB_EXECUTION_ID);
        MDC.remove(LogNames.STEP);
    }

    @Override
    public void beforeStep(StepExecution step) {
        MDC.put(LogNames.JOB_EXECUTION_ID, Long.toString(step.getJobExecutionId()));
        MDC.put(LogNames.STEP, step.getStepName());
        if (board.of(step.getJobExecutionId()).get(step.getStepName()) == null) {
            board.report(step, 0, 0, "items", "started", Map.of());
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        long millis = millis(step.getStartTime());
        // the step name is in the MDC already: a key-value of the same name would make a second "step" member
        performance.atInfo()
            .addKeyValue("status", step.getStatus().name())
            .addKeyValue("durationMs", millis)
            .addKeyValue("readCount", step.getReadCount())
            .addKeyValue("writeCount", step.getWriteCount())
            .addKeyValue("skipCount", step.getSkipCount())
            .log("step {} of job execution {} {} in {} ms (read {}, written {}, skipped {})", step.getStepName(),
                    step.getJobExecutionId(), step.getStatus(), millis, step.getReadCount(), step.getWriteCount(),
                    step.getSkipCount());
        ProgressBoard.StepReport last = board.of(step.getJobExecutionId()).get(step.getStepName());
        String outcome = step.getStatus().name().toLowerCase(Locale.ROOT);
        if (last == null || "items".equals(last.unit())) {
            long items = Math.max(step.getReadCount(), step.getWriteCount());
            board.report(step, items, items, "items", outcome, Map.of());
        }
        else {
            long done = step.getStatus().isUnsuccessful() ? last.done() : last.total();
            board.report(step, done, last.total(), last.unit(), outcome, last.counts());
        }
        MDC.remove(LogNames.STEP);
        return null;
    }

    private static long millis(LocalDateTime start) {
        return start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
    }

}
