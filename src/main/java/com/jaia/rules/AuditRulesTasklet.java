package com.jaia.rules;

import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import com.jaia.observability.PipelineMetrics;
import com.jaia.observability.ProgressBoard;
import com.jaia.observability.StepPhases;
import com.jaia.pipeline.FiscalYears;
import com.jaia.pipeline.ImportContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Runs the audit rules over the ledgers the import touched (job context) or the refresh asked for (job parameters
 * {@code fiscalYears} and {@code businessUnits}), one run per business unit, on one DuckDB connection.
 */
record AuditRulesTasklet(AuditRules auditRules, DataSource duckDb, ProgressBoard progress,
        PipelineMetrics metrics) implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(AuditRulesTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        FiscalYears requested = FiscalYears.requestedBy(job);
        try (Connection connection = duckDb.getConnection()) {
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            Long importId = job.getExecutionContext().containsKey(ImportContext.IMPORT_ID)
                    ? job.getExecutionContext().getLong(ImportContext.IMPORT_ID) : null;
            List<AuditRunSummary> summaries;
            try (StepPhases phases = progress.phases(step, "rules", "jaia.rules.batch")) {
                summaries = auditRules.run(connection, requested, job.getJobInstance().getJobName(), importId,
                        MlScoring.statusOf(job), phases);
            }
            if (summaries.isEmpty()) {
                log.info("no journal lines in {}: no rules to run", requested.describe());
                return RepeatStatus.FINISHED;
            }
            metrics.ruleHits(summaries.stream().flatMap(summary -> summary.outcomes().stream())
                .filter(outcome -> "ran".equals(outcome.status()))
                .collect(Collectors.toMap(RuleOutcome::ruleId, RuleOutcome::hits, Long::sum)));
            for (AuditRunSummary summary : summaries) {
                contribution.incrementWriteCount(summary.linesScored());
                log.info("{}", summary);
                contribution.setExitStatus(contribution.getExitStatus().addExitDescription(summary.toString()));
            }
            step.getExecutionContext().putLong("jaia.rules.runId", summaries.get(summaries.size() - 1).runId());
            ImportContext.summarise(job, "rules", summaries.stream().map(AuditRunSummary::findings)
                .collect(Collectors.joining("; ")));
        }
        return RepeatStatus.FINISHED;
    }

}
