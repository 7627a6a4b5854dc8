package com.jaia.loading;

import com.jaia.observability.ProgressBoard;
import com.jaia.observability.StepPhases;
import com.jaia.observability.PipelineMetrics;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import com.jaia.pipeline.ImportContext;
import com.jaia.pipeline.ImportFile;
import com.jaia.pipeline.ImportSettings;
import com.jaia.validation.ImportFacts;
import com.jaia.validation.ValidationCounts;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameters;
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
class JournalLoadTasklet implements Tasklet {

    private final JournalLoader loader;

    private final ImportLedger ledger;

    private final JobRepository jobRepository;

    private final ImportSettings settings;

    private final ProgressBoard progress;

    private final PipelineMetrics metrics;

    JournalLoadTasklet(JournalLoader loader, ImportLedger ledger, JobRepository jobRepository,
            ImportSettings settings, ProgressBoard progress, PipelineMetrics metrics) {
        this.loader = loader;
        this.ledger = ledger;
        this.jobRepository = jobRepository;
        this.settings = settings;
        this.progress = progress;
        this.metrics = metrics;
    }

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
        ExecutionContext facts = job.getExecutionContext();
        JobParameters parameters = job.getJobParameters();
        Path file = ImportFile.locate(parameters);
        boolean converted = Boolean.parseBoolean(facts.getString(ImportFacts.SOURCE_CONVERTED, "false"));
        Path source = converted ? Path.of(facts.getString(ImportFacts.SOURCE_PATH)) : file;
        ValidationCounts counts = ValidationCounts.of(jobRepository, job);
        String businessUnit = parameters.getString("businessUnit");
        return new LoadRequest(importId, job.getId(), settings.workDirOf(importId), source,
                Charset.forName(facts.getString(ImportFacts.SOURCE_CHARSET)),
                facts.getString(ImportFacts.SOURCE_DELIMITER).charAt(0), file.getFileName().toString(),
                parameters.getString(ImportContext.FILE_SHA256_PARAMETER), Files.exists(file) ? Files.size(file) : -1,
                facts.getString(ImportFacts.FORMAT, null), facts.getString(ImportFacts.ENCODING, null), businessUnit,
                facts.getString(ImportFacts.IGNORED_COLUMNS, ""), counts.recordsRead(), settings.balanceTolerance(),
                settings.rawLineMaxLength(), job.getCreateTime(),
                Boolean.parseBoolean(parameters.getString(ImportContext.REPLACE_PARAMETER, "false")),
                counts.amountsNormalised());
    }

}
