package com.jaia.aggregates;

import java.time.Duration;

import com.jaia.observability.PipelineMetrics;
import com.jaia.observability.ProgressBoard;
import com.jaia.observability.StepPhases;
import com.jaia.pipeline.FiscalYears;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Refreshes the aggregate tables for the fiscal years the import touched (job execution context) or, in a job that
 * imports nothing, for the years of the {@code fiscalYears} job parameter ({@code "2024,2025"} or {@code "all"},
 * the default).
 */
record RefreshAggregatesTasklet(AggregateRefresher refresher, ProgressBoard progress,
        PipelineMetrics metrics) implements Tasklet {

    /** Step execution context key: the fiscal years refreshed, comma-separated. */
    static final String REFRESHED_YEARS = "jaia.aggregates.fiscalYears";

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        AggregateRefresh refresh;
        try (StepPhases tables = progress.phases(step, "tables", "jaia.aggregates.table")) {
            refresh = refresher.refresh(FiscalYears.requestedBy(job), tables);
        }
        metrics.aggregatesRefreshed(Duration.ofMillis(refresh.millis()));
        contribution.incrementWriteCount(refresh.totalRows());
        ExecutionContext stepContext = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        stepContext.putString(REFRESHED_YEARS, refresh.fiscalYears().stream().map(String::valueOf)
            .reduce((a, b) -> a + "," + b).orElse(""));
        refresh.rowCounts().forEach((table, rows) -> stepContext.putLong("jaia.aggregates.rows." + table, rows));
        return RepeatStatus.FINISHED;
    }

}
