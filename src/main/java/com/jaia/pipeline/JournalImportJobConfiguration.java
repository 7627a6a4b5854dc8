package com.jaia.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code journalImportJob}, the pipeline a ledger file goes through; the one place its step order is written.
 */
@Configuration(proxyBeanMethods = false)
class JournalImportJobConfiguration {

    @Bean
    Job journalImportJob(JobRepository jobRepository, Step validateJournalStep, Step loadJournalStep,
            Step runAuditRulesStep, Step refreshAggregatesStep, Step reviewAnomaliesStep,
            ImportWorkDirCleaner importWorkDirCleaner, PlainExitDescriptions plainExitDescriptions) {
        return new JobBuilder("journalImportJob", jobRepository)
            .listener(importWorkDirCleaner)
            .listener(plainExitDescriptions)
            .start(validateJournalStep)
            .next(loadJournalStep)
            .next(runAuditRulesStep)
            .next(refreshAggregatesStep)
            .next(reviewAnomaliesStep)
            .build();
    }

}
