package com.jaia.validation;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Publishes what a completed partition counted into the job execution context, under the partition's index, and saves
 * that context at once: a restart runs only the partitions that had not completed, and finds the others' counts there.
 * A partition that runs again (it failed, or the process died before its completion was saved) publishes under the same
 * keys, so every partition counts once.
 */
record PartitionCounts(JobRepository jobRepository) implements StepExecutionListener {

    @Override
    public ExitStatus afterStep(StepExecution partition) {
        if (partition.getStatus() != BatchStatus.COMPLETED) {
            return null;
        }
        ExecutionContext counted = partition.getExecutionContext();
        int index = counted.getInt(JournalFilePartitioner.PARTITION);
        JobExecution job = partition.getJobExecution();
        // the partitions run on threads of their own and share the job execution
        synchronized (job) {
            ExecutionContext jobContext = job.getExecutionContext();
            for (String count : ImportFacts.PARTITION_COUNTS) {
                jobContext.putLong(ImportFacts.partitionCount(index, count), counted.getLong(count, 0L));
            }
            jobRepository.updateExecutionContext(job);
        }
        return null;
    }

}
