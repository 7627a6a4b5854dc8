package com.jaia.loading;

import com.jaia.observability.ProgressBoard;
import com.jaia.observability.PipelineMetrics;
import javax.sql.DataSource;

import com.jaia.duckdb.DuckDb;
import com.jaia.pipeline.ImportSettings;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code loadJournalStep}: one tasklet, one DuckDB transaction. Its step transaction is resourceless because the
 * work commits in DuckDB, and the {@code imports} ledger, not the step status, is what says it happened.
 */
@Configuration(proxyBeanMethods = false)
class LoadingStepConfiguration {

    @Bean
    Step loadJournalStep(JobRepository jobRepository, @Qualifier(DuckDb.QUALIFIER) DataSource duckDb,
            ImportLedger ledger, ImportSettings settings, ProgressBoard progress, PipelineMetrics metrics) {
        JournalLoadTasklet tasklet = new JournalLoadTasklet(new JournalLoader(duckDb), ledger, jobRepository,
                settings, progress, metrics);
        return new StepBuilder("loadJournalStep", jobRepository)
            .tasklet(tasklet, new ResourcelessTransactionManager())
            .build();
    }

}
