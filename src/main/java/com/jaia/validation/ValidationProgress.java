package com.jaia.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * How much of the file a running validation has read, from its partitions' last checkpoints: the bytes before each
 * partition's committed position against the bytes of its range. Nothing of the file is read for it (its size comes
 * from the file system).
 *
 * @param bytesRead the bytes the partitions of this execution have read and committed
 * @param bytesTotal the bytes of those partitions' ranges
 */
public record ValidationProgress(long bytesRead, long bytesTotal) {

    /**
     * The progress of the job's validation, from its partitions' checkpoints as the job repository holds them; zero
     * bytes before the file was cut into partitions.
     */
    public static ValidationProgress of(JobExecution job) {
        long read = 0;
        long total = 0;
        for (StepExecution step : job.getStepExecutions()) {
            ExecutionContext partition = step.getExecutionContext();
            if (!partition.containsKey(JournalFilePartitioner.START)
                    || !partition.containsKey(JournalFilePartitioner.END)) {
                continue;
            }
            long start = partition.getLong(JournalFilePartitioner.START);
            long end = partition.getLong(JournalFilePartitioner.END);
            if (end == Long.MAX_VALUE) {
                // the last range runs to the end of the file
                end = size(SourceFile.readFrom(partition).path());
            }
            long position = Math.min(partition.getLong(JournalFileReader.POSITION, start), end);
            total += Math.max(0, end - start);
            read += Math.max(0, position - start);
        }
        return new ValidationProgress(read, total);
    }

    /** The share of the file read, between 0 and 1 (0 when nothing is known yet). */
    public double share() {
        return bytesTotal <= 0 ? 0 : Math.min(1, (double) bytesRead / bytesTotal);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException e) {
            return 0;
        }
    }

}
