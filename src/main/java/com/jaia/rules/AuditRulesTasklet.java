package com.jaia.rules;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
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
 * Runs the audit rules over the fiscal years the import touched (job context) or the refresh asked for (job parameter
 * {@code fiscalYears}), on one DuckDB connection.
 */
record AuditRulesTasklet(AuditRules auditRules, DataSource duckDb, ProgressBoard progress,
        PipelineMetrics metrics) implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(AuditRulesTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        FiscalYears requested = FiscalYears.requestedBy(job);
        try (Connection connection = duckDb.getConnection()) {
            List<Integer> fiscalYears = resolve(connection, requested);
            if (fiscalYears.isEmpty()) {
                log.info("no journal lines for fiscal years '{}': no rules to run", requested);
                return RepeatStatus.FINISHED;
            }
            StepExecution step = chunkContext.getStepContext().getStepExecution();
            Long importId = job.getExecutionContext().containsKey(ImportContext.IMPORT_ID)
                    ? job.getExecutionContext().getLong(ImportContext.IMPORT_ID) : null;
            AuditRunSummary summary;
            try (StepPhases phases = progress.phases(step, "rules", "jaia.rules.batch")) {
                summary = auditRules.run(connection, fiscalYears, job.getJobInstance().getJobName(), importId,
                        MlScoring.statusOf(job), phases);
            }
            metrics.ruleHits(summary.outcomes().stream().filter(outcome -> "ran".equals(outcome.status()))
                .collect(Collectors.toMap(RuleOutcome::ruleId, RuleOutcome::hits, Long::sum)));
            contribution.incrementWriteCount(summary.linesScored());
            chunkContext.getStepContext().getStepExecution().getExecutionContext().putLong("jaia.rules.runId",
                    summary.runId());
            log.info("{}", summary);
            contribution.setExitStatus(contribution.getExitStatus().addExitDescription(summary.toString()));
            ImportContext.summarise(job, "rules", summary.findings());
        }
        return RepeatStatus.FINISHED;
    }

    /** "all", like an empty list, means every fiscal year in the ledger. */
    static List<Integer> resolve(Connection connection, FiscalYears requested) throws Exception {
        if (requested.all() || requested.years().isEmpty()) {
            List<Integer> years = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement
                .executeQuery("SELECT DISTINCT fiscal_year FROM journal_entries ORDER BY fiscal_year")) {
                while (rows.next()) {
                    years.add(rows.getInt(1));
                }
            }
            return years;
        }
        return List.copyOf(requested.years());
    }

}
