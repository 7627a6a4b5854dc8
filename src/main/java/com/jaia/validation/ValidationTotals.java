package com.jaia.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongFunction;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Sums the partitions' counts into {@code validateJournalStep} as usual, then publishes the file's totals and staging
 * files ({@link ValidatedFile}) in the job execution context. A restart runs only the partitions that had not
 * completed, so the totals come from what each partition published when it completed ({@link PartitionCounts}),
 * whichever run it belonged to.
 */
final class ValidationTotals implements StepExecutionAggregator {

    private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

    private final LongFunction<Path> workDirOf;

    ValidationTotals(LongFunction<Path> workDirOf) {
        this.workDirOf = workDirOf;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        counts.aggregate(result, executions);
        JobExecution job = result.getJobExecution();
        ExecutionContext jobContext = job.getExecutionContext();
        int partitions = jobContext.getInt(ImportFacts.PARTITIONS, 0);
        Path workDir = workDirOf.apply(job.getJobInstance().getInstanceId());
        List<Path> lines = new ArrayList<>();
        List<Path> rejects = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            addIfWritten(lines, StagingFiles.lines(workDir, i));
            addIfWritten(rejects, StagingFiles.rejects(workDir, i));
        }
        ValidatedFile.publishTotals(jobContext, ValidationCounts.of(jobContext), lines, rejects);
    }

    private static void addIfWritten(List<Path> files, Path file) {
        if (Files.exists(file)) {
            files.add(file);
        }
    }

}
