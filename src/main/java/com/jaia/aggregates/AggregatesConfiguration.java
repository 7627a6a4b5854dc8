package com.jaia.aggregates;

import javax.sql.DataSource;

import com.jaia.duckdb.DuckDb;
import com.jaia.duckdb.DuckDbWriteLock;
import com.jaia.observability.PipelineMetrics;
import com.jaia.observability.ProgressBoard;
import com.jaia.pipeline.JobFiles;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code refreshAggregatesStep} of the import and refresh jobs, the refresher behind it and the API's reader.
 */
@Configuration(proxyBeanMethods = false)
class AggregatesConfiguration {

    @Bean
    AggregateRefresher aggregateRefresher(@Qualifier(DuckDb.QUALIFIER) DataSource duckDb, JobFiles files) {
        return new AggregateRefresher(duckDb, new AggregateSql(files));
    }

    @Bean
    AggregateQuery aggregateQuery(@Qualifier(DuckDb.READERS) JdbcClient duckDb, JobFiles files) {
        return new AggregateQuery(duckDb, new AggregateSql(files).catalogue());
    }

    /** One DuckDB transaction does the work, so the step itself needs no transactional resource. */
    @Bean
    Step refreshAggregatesStep(JobRepository jobRepository, AggregateRefresher aggregateRefresher,
            DuckDbWriteLock writeLock, ProgressBoard progress, PipelineMetrics metrics) {
        return new StepBuilder(jobRepository)
            .tasklet(writeLock.guard(new RefreshAggregatesTasklet(aggregateRefresher, progress, metrics)),
                    new ResourcelessTransactionManager())
            .allowStartIfComplete(true)
            .build();
    }

}
