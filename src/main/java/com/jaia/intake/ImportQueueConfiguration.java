package com.jaia.intake;

import java.util.List;

import com.jaia.loading.ImportLedger;
import com.jaia.loading.RunningImports;
import com.jaia.pipeline.ImportSettings;
import com.jaia.pipeline.JobCompletions;

import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The bounded launcher: a job operator of its own whose task executor is the worker pool, so that a launch returns as
 * soon as the execution is stored. Boot's job operator stays synchronous for the command line.
 */
@Configuration(proxyBeanMethods = false)
class ImportQueueConfiguration {

    @Bean(destroyMethod = "close")
    ImportWorkers importWorkers(ImportSettings settings) {
        return new ImportWorkers(settings.maxWorkers());
    }

    @Bean(defaultCandidate = false)
    @Qualifier("importQueue")
    TaskExecutorJobOperator queuedJobOperator(JobRepository jobRepository, List<Job> jobs,
            ImportWorkers importWorkers) throws Exception {
        MapJobRegistry jobRegistry = new MapJobRegistry();
        for (Job job : jobs) {
            jobRegistry.register(job);
        }
        TaskExecutorJobOperator operator = new TaskExecutorJobOperator();
        operator.setJobRepository(jobRepository);
        operator.setJobRegistry(jobRegistry);
        operator.setTaskExecutor(importWorkers);
        operator.afterPropertiesSet();
        return operator;
    }

    @Bean
    ImportQueue importQueue(JobRepository jobRepository, @Qualifier("journalImportJob") Job journalImportJob,
            @Qualifier("importQueue") TaskExecutorJobOperator queuedJobOperator, ImportWorkers importWorkers,
            ImportLedger ledger, RunningImports running, JobCompletions jobCompletions) {
        QueuedImportLauncher launcher = new QueuedImportLauncher(queuedJobOperator, jobRepository, journalImportJob,
                ledger, running);
        return new ImportQueue(launcher, journalImportJob, queuedJobOperator, importWorkers, jobRepository,
                jobCompletions);
    }

}
