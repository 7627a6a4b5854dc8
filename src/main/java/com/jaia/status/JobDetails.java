package com.jaia.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jaia.observability.ProgressBoard;

import com.jaia.api.Timestamps;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Reads one job execution from the job repository and describes it, with progress for a running step.
 */
@Component
record JobDetails(JobRepository jobRepository, StepProgress progress, ProgressBoard board) {

    JobExecution execution(long id) {
        JobExecution execution;
        try {
            execution = jobRepository.getJobExecution(id);
        }
        catch (EmptyResultDataAccessException none) {
            execution = null;
        }
        if (execution == null) {
            throw new JobNotFound(id);
        }
        return execution;
    }

    JobDetail describe(long id) {
        JobExecution execution = execution(id);
        Map<String, String> parameters = new LinkedHashMap<>();
        execution.getJobParameters()
            .parameters()
            .forEach(parameter -> parameters.put(parameter.name(), String.valueOf(parameter.value())));
        long partitionsRead = execution.getStepExecutions()
            .stream()
            .filter(step -> step.getStepName().contains(":partition"))
            .filter(step -> step.getStatus().isRunning())
            .findAny()
            .map(running -> execution.getStepExecutions()
                .stream()
                .filter(step -> step.getStepName().contains(":partition"))
                .mapToLong(step -> step.getReadCount() + step.getReadSkipCount())
                .sum())
            .orElse(0L);
        Map<String, ProgressBoard.StepReport> reports = board.of(execution.getId());
        List<StepDetail> steps = execution.getStepExecutions()
            .stream()
            .sorted(Comparator.comparing(StepExecution::getId))
            .map(step -> step(step, execution, parameters, step.getStepName().contains(":") ? 0 : partitionsRead,
                    reports.get(step.getStepName())))
            .toList();
        return new JobDetail(execution.getId(), execution.getJobInstance().getInstanceId(),
                execution.getJobInstance().getJobName(), parameters, execution.getStatus().name(),
                execution.getExitStatus().getExitCode(), execution.getExitStatus().getExitDescription(),
                Timestamps.of(execution.getCreateTime()), Timestamps.of(execution.getStartTime()),
                Timestamps.of(execution.getEndTime()),
                millis(execution.getStartTime(), execution.getEndTime()), steps);
    }

    /**
     * Describes a step with what it reported of its progress; a running partitioned step's progress counts what its
     * partitions have read so far.
     */
    private StepDetail step(StepExecution step, JobExecution execution, Map<String, String> parameters,
            long partitionsRead, ProgressBoard.StepReport report) {
        boolean whole = !step.getStepName().contains(":");
        // a running step that reports only its start ("items") is measured from its partitions' checkpoints
        boolean measured = whole && step.getStatus().isRunning() && (report == null || "items".equals(report.unit()));
        StepDetail.Progress running = measured ? progress.of(step, execution, parameters, partitionsRead)
                : report != null && whole ? StepDetail.Progress.of(report) : null;
        return new StepDetail(step.getId(), step.getStepName(), step.getStatus().name(),
                step.getExitStatus().getExitCode(), step.getExitStatus().getExitDescription(), step.getReadCount(),
                step.getWriteCount(), step.getFilterCount(), step.getSkipCount(), step.getCommitCount(),
                step.getRollbackCount(), Timestamps.of(step.getStartTime()),
                Timestamps.of(step.getEndTime()), running);
    }

    private static Long millis(LocalDateTime start, LocalDateTime end) {
        if (start == null) {
            return null;
        }
        return Duration.between(start, end == null ? LocalDateTime.now() : end).toMillis();
    }

}
