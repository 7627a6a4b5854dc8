package com.jaia.validation;

import java.nio.file.Path;

import com.jaia.ledgerfile.RawRecord;
import com.jaia.pipeline.ImportFile;
import com.jaia.pipeline.ImportSettings;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;

/**
 * {@code validateJournalStep}: the file is cut into byte ranges, and each range is read, validated and staged by a
 * chunk-oriented worker step on its own thread.
 * <p>
 * The worker's chunk transaction is resourceless: the staging files are its output, and holding the SQLite write lock
 * for a whole chunk would serialise the partitions. Each checkpoint is still written to the job repository in its own
 * short transaction, after the chunk's rows are on disk.
 */
@Configuration(proxyBeanMethods = false)
class ValidationStepConfiguration {

    @Bean
    Step validateJournalStep(JobRepository jobRepository, JournalFilePartitioner journalFilePartitioner,
            ImportSettings settings) {
        SimpleAsyncTaskExecutor partitionThreads = new SimpleAsyncTaskExecutor("validate-");
        partitionThreads.setConcurrencyLimit(settings.partitions());
        partitionThreads.setTaskDecorator(new ContextPropagatingTaskDecorator());
        return new StepBuilder("validateJournalStep", jobRepository)
            .partitioner("validateJournalPartitionStep", journalFilePartitioner)
            .step(validateJournalPartitionStep(jobRepository, settings))
            .aggregator(new ValidationTotals(settings::workDirOf))
            .gridSize(settings.partitions())
            .taskExecutor(partitionThreads)
            .listener(new ValidationSummaryListener())
            .build();
    }

    /**
     * The worker, deliberately not a bean: a bean would be given the application's observation registry, and an
     * observation per record read costs more than validating it. The partitioned step around it is still observed.
     */
    private static Step validateJournalPartitionStep(JobRepository jobRepository, ImportSettings settings) {
        return new StepBuilder("validateJournalPartitionStep", jobRepository)
            .<RawRecord, StagedLine>chunk(settings.chunkSize())
            .transactionManager(new ResourcelessTransactionManager())
            .observationRegistry(ObservationRegistry.NOOP)
            .reader(PartitionWork.reader(settings))
            .processor(PartitionWork.processor())
            .writer(PartitionWork.writer(settings))
            .listener(new PartitionCounts(jobRepository))
            .build();
    }

    @Bean
    @StepScope
    JournalFilePartitioner journalFilePartitioner(
            @Value("#{stepExecution}") StepExecution stepExecution, ImportSettings settings) {
        Path file = ImportFile.locate(stepExecution.getJobExecution().getJobParameters());
        return new JournalFilePartitioner(file, settings.workDirOf(importId(stepExecution)), settings,
                stepExecution.getJobExecution().getExecutionContext());
    }

    private static long importId(StepExecution stepExecution) {
        return stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }

}
