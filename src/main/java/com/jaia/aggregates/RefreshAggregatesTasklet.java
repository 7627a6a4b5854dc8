package com.jaia.aggregates;

import com.jaia.pipeline.ImportContext;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Refreshes the aggregate tables for the fiscal years the import touched (job execution context) or, in a job that
 * imports nothing, for the years of the {@code fiscalYears} job parameter ({@code "2024,2025"} or {@code "all"},
 * the default).
 */
class RefreshAggregatesTasklet implements Tasklet {

    /** Job parameter naming the fiscal years to refresh when the job execution context does not. */
    static final String FISCAL_YEARS_PARAMETER = "fiscalYears";

    /** Step execution context key: the fiscal years refreshed, comma-separated. */
    static final String REFRESHED_YEARS = "jaia.aggregates.fiscalYears";

    private final AggregateRefresher refresher;

    RefreshAggregatesTasklet(AggregateRefresher refresher) {
        this.refresher = refresher;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        AggregateRefresh refresh = refresher.refresh(fiscalYears(job));
        contribution.incrementWriteCount(refresh.totalRows());
        ExecutionContext stepContext = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        stepContext.putString(REFRESHED_YEARS, refresh.fiscalYears().stream().map(String::valueOf)
            .reduce((a, b) -> a + "," + b).orElse(""));
        refresh.rowCounts().forEach((table, rows) -> stepContext.putLong("jaia.aggregates.rows." + table, rows));
        return RepeatStatus.FINISHED;
    }

    static FiscalYears fiscalYears(JobExecution job) {
        ExecutionContext jobContext = job.getExecutionContext();
        if (jobContext.containsKey(ImportContext.FISCAL_YEARS)) {
            return FiscalYears.parse(jobContext.getString(ImportContext.FISCAL_YEARS));
        }
        return FiscalYears.parse(job.getJobParameters().getString(FISCAL_YEARS_PARAMETER, "all"));
    }

}
