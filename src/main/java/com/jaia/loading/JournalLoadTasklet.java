package com.jaia.loading;

import java.nio.file.Files;
import java.nio.file.Path;

import com.jaia.observability.PipelineMetrics;
import com.jaia.observability.ProgressBoard;
import com.jaia.observability.StepPhases;
import com.jaia.pipeline.ImportContext;
import com.jaia.pipeline.ImportFile;
import com.jaia.pipeline.ImportParameters;
import com.jaia.pipeline.ImportSettings;
import com.jaia.validation.ValidatedFile;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Gathers what the validation step learnt, has {@link JournalLoader} load the staged rows, and publishes what the
 * import touched ({@link ImportContext}) for the steps that follow.
 */
record JournalLoadTasklet(JournalLoader loader, ImportLedger ledger, JobRepository jobRepository,
        ImportSettings settings, ProgressBoard progress, PipelineMetrics metrics) implements Tasklet {

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        long importId = job.getJobInstance().getInstanceId();
        try (StepPhases phases = progress.phases(step, "phases", "jaia.load.phase")) {
            loader.load(request(job, importId), () -> stopRequested(job.getId()), phases);
        }
        catch (LoadStopped stopped) {
            throw new JobInterruptedException(stopped.getMessage());
        }
        ImportLedgerEntry entry = ledger.findById(importId).orElseThrow();
        metrics.rowsImported(entry.rowsRead(), entry.rowsLoaded(), ledger.rejectsByReason(importId));
        contribution.incrementWriteCount(entry.rowsLoaded());
        contribution.incrementFilterCount(entry.rowsRejected());
        ExecutionContext context = job.getExecutionContext();
        context.putLong(ImportContext.IMPORT_ID, importId);
        context.putString(ImportContext.FISCAL_YEARS, entry.fiscalYears() == null ? "" : entry.fiscalYears());
        context.putString(ImportContext.BUSINESS_UNITS, ledger.businessUnits(importId));
        return RepeatStatus.FINISHED;
    }

    /**
     * Whether the execution was asked to stop. POST /api/v1/jobs/{id}/stop goes through the job operator, which in
     * Spring Batch 6 stores the execution as STOPPED at once (STOPPING with an end time is upgraded), so both count.
     */
    private boolean stopRequested(long jobExecutionId) {
        JobExecution current = jobRepository.getJobExecution(jobExecutionId);
        return current != null && (current.isStopping() || current.getStatus() == BatchStatus.STOPPED);
    }

    private LoadRequest request(JobExecution job, long importId) throws java.io.IOException {
        ValidatedFile validated = ValidatedFile.from(job.getExecutionContext());
        ImportParameters parameters = ImportParameters.from(job.getJobParameters());
        Path file = ImportFile.locate(job.getJobParameters());
        Path source = validated.converted() ? validated.source() : file;
        return new LoadRequest(importId, job.getId(), settings.workDirOf(importId), validated.stagedLines(),
                validated.stagedRejects(), source, validated.charset(), validated.delimiter(),
                file.getFileName().toString(), parameters.sha256(), Files.exists(file) ? Files.size(file) : -1,
                validated.format(), validated.encoding(), parameters.businessUnit().orElse(null),
                validated.ignoredColumns(), validated.recordsRead(), settings.balanceTolerance(),
                settings.rawLineMaxLength(), job.getCreateTime(), parameters.replace(), validated.amountsNormalised());
    }

}
