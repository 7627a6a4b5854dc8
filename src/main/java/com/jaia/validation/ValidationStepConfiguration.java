package com.jaia.validation;

import java.nio.file.Path;

import com.jaia.pipeline.ImportContext;
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
    Step validateJournalStep(JobRepository jobRepository, Step validateJournalPartitionStep,
            JournalFilePartitioner journalFilePartitioner, ImportSettings settings) {
        SimpleAsyncTaskExecutor partitionThreads = new SimpleAsyncTaskExecutor("validate-");
        partitionThreads.setConcurrencyLimit(settings.partitions());
        return new StepBuilder("validateJournalStep", jobRepository)
            .partitioner("validateJournalPartitionStep", journalFilePartitioner)
            .step(validateJournalPartitionStep)
            .gridSize(settings.partitions())
            .taskExecutor(partitionThreads)
            .build();
    }

    @Bean
    Step validateJournalPartitionStep(JobRepository jobRepository, JournalFileReader journalFileReader,
            JournalLineProcessor journalLineProcessor, StagingFileWriter stagingFileWriter, ImportSettings settings) {
        return new StepBuilder("validateJournalPartitionStep", jobRepository)
            .<RawRecord, StagedLine>chunk(settings.chunkSize())
            .transactionManager(new ResourcelessTransactionManager())
            // an observation per record read costs more than validating it; the partitioned step is still observed
            .observationRegistry(ObservationRegistry.NOOP)
            .reader(journalFileReader)
            .processor(journalLineProcessor)
            .writer(stagingFileWriter)
            .build();
    }

    @Bean
    @StepScope
    JournalFilePartitioner journalFilePartitioner(
            @Value("#{jobParameters['" + ImportContext.FILE_PATH_PARAMETER + "']}") String file,
            @Value("#{stepExecution}") StepExecution stepExecution, ImportSettings settings) {
        return new JournalFilePartitioner(Path.of(file), settings.workDirOf(importId(stepExecution)), settings,
                stepExecution.getJobExecution().getExecutionContext());
    }

    @Bean
    @StepScope
    JournalFileReader journalFileReader(@Value("#{stepExecution}") StepExecution stepExecution,
            @Value("#{jobParameters['" + ImportContext.FILE_PATH_PARAMETER + "']}") String file,
            ImportSettings settings) {
        var context = stepExecution.getExecutionContext();
        SourceFile source = SourceFile.readFrom(context);
        if (!source.path().startsWith(settings.workDirOf(importId(stepExecution)))) {
            // a restart reads the file where it is now, which may not be where the first attempt found it
            source = source.withPath(Path.of(file));
        }
        return new JournalFileReader(source, context.getLong(JournalFilePartitioner.START),
                context.getLong(JournalFilePartitioner.END), context.getLong(JournalFilePartitioner.START_LINE));
    }

    @Bean
    @StepScope
    JournalLineProcessor journalLineProcessor(@Value("#{stepExecution}") StepExecution stepExecution,
            @Value("#{jobParameters['fiscalYear']}") Long fiscalYear,
            @Value("#{jobParameters['businessUnit']}") String businessUnit, ImportSettings settings) {
        SourceFile source = SourceFile.readFrom(stepExecution.getExecutionContext());
        HeaderMapping mapping = HeaderMapping.resolve(source.header(),
                MappingProfiles.load(settings.mappingDir(), settings.mappingProfile()));
        ValidationRules rules = new ValidationRules(settings.fiscalYearStartMonth(),
                fiscalYear == null ? null : fiscalYear.intValue(), businessUnit, settings.maxFieldLength(),
                settings.rawLineMaxLength(), source.delimiter());
        return new JournalLineProcessor(new JournalLineValidator(mapping, rules));
    }

    @Bean
    @StepScope
    StagingFileWriter stagingFileWriter(@Value("#{stepExecution}") StepExecution stepExecution,
            ImportSettings settings) {
        return new StagingFileWriter(settings.workDirOf(importId(stepExecution)),
                stepExecution.getExecutionContext().getInt(JournalFilePartitioner.PARTITION));
    }

    private static long importId(StepExecution stepExecution) {
        return stepExecution.getJobExecution().getJobInstance().getInstanceId();
    }

}
