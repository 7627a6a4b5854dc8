package com.jaia.rules;

import javax.sql.DataSource;

import com.jaia.duckdb.DuckDb;
import com.jaia.duckdb.DuckDbWriteLock;
import com.jaia.observability.PipelineMetrics;
import com.jaia.observability.ProgressBoard;
import com.jaia.pipeline.JobFiles;
import com.jaia.rules.ml.MlScorer;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code scoreAnomaliesStep} and {@code runAuditRulesStep} the import and refresh jobs run after loading, and
 * the commands that work on rule results.
 */
@Configuration(proxyBeanMethods = false)
class AuditRulesJobConfiguration {

    @Bean
    AuditRules auditRules(RulesSettings settings, RiskSettings risk, JobFiles files) {
        RuleCatalogue.load(files, settings);
        RiskBands.load(files);
        return new AuditRules(() -> RuleCatalogue.load(files, settings), files, settings, risk);
    }

    /**
     * {@code scoreAnomaliesStep}, before the rules: the ML scores in their own step and transaction. Like the rules it
     * runs again when a job restarts, so that the scores always match the lines the restarted job sees.
     */
    @Bean
    Step scoreAnomaliesStep(JobRepository jobRepository, MlScorer mlScorer, RulesSettings settings,
            @Qualifier(DuckDb.QUALIFIER) DataSource duckDb, DuckDbWriteLock writeLock, ProgressBoard progress) {
        return new StepBuilder("scoreAnomaliesStep", jobRepository)
            .tasklet(writeLock.guard(new ScoreAnomaliesTasklet(new MlScoring(mlScorer), duckDb, progress,
                    settings.mlSeed())), new ResourcelessTransactionManager())
            .allowStartIfComplete(true)
            .build();
    }

    @Bean
    AccountClasses accountClasses(@Qualifier(DuckDb.QUALIFIER) DataSource duckDb, JobFiles files) {
        return new AccountClasses(duckDb, new ReferenceData(files));
    }

    @Bean
    Step runAuditRulesStep(JobRepository jobRepository, AuditRules auditRules,
            @Qualifier(DuckDb.QUALIFIER) DataSource duckDb, DuckDbWriteLock writeLock, ProgressBoard progress,
            PipelineMetrics metrics) {
        return new StepBuilder("runAuditRulesStep", jobRepository)
            .tasklet(writeLock.guard(new AuditRulesTasklet(auditRules, duckDb, progress, metrics)),
                    new ResourcelessTransactionManager())
            .allowStartIfComplete(true)
            .build();
    }

    @Bean
    RefreshCommand refreshCommand(JobOperator jobOperator, @Qualifier("refreshJob") Job refreshJob) {
        return new RefreshCommand(jobOperator, refreshJob);
    }

    @Bean
    EvaluateCommand evaluateCommand(@Qualifier(DuckDb.QUALIFIER) DataSource duckDb) {
        return new EvaluateCommand(duckDb);
    }

}
