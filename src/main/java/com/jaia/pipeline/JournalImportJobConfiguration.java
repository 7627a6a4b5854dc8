package com.jaia.pipeline;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code journalImportJob}, the pipeline a ledger file goes through, and {@code refreshJob}, its later steps over
 * data already loaded: the one place their step order is written.
 */
@Configuration(proxyBeanMethods = false)
class JournalImportJobConfiguration {

    @Bean
    Job journalImportJob(JobRepository jobRepository, Step validateJournalStep, Step loadJournalStep,
            Step scoreAnomaliesStep, Step runAuditRulesStep, Step refreshAggregatesStep, Step reviewAnomaliesStep,
            ImportWorkDirCleaner importWorkDirCleaner, PlainExitDescriptions plainExitDescriptions,
            JobCompletions jobCompletions) {
        return new JobBuilder("journalImportJob", jobRepository)
            .listener(jobCompletions)
            .listener(importWorkDirCleaner)
            .listener(plainExitDescriptions)
            .start(validateJournalStep)
            .next(loadJournalStep)
            .next(scoreAnomaliesStep)
            .next(runAuditRulesStep)
            .next(refreshAggregatesStep)
            .next(reviewAnomaliesStep)
            .build();
    }

    /**
     * {@code refreshJob}: the ML scores, the rules and risk scores, then the aggregate tables, again over chosen fiscal years without a
     * new file ({@link FiscalYears#PARAMETER}: "2024", "2023,2024" or "all").
     */
    @Bean
    Job refreshJob(JobRepository jobRepository, Step scoreAnomaliesStep, Step runAuditRulesStep,
            Step refreshAggregatesStep,
            PlainExitDescriptions plainExitDescriptions, JobCompletions jobCompletions) {
        return new JobBuilder("refreshJob", jobRepository)
            .listener(jobCompletions)
            .listener(plainExitDescriptions)
            .start(scoreAnomaliesStep)
            .next(runAuditRulesStep)
            .next(refreshAggregatesStep)
            .build();
    }

}
