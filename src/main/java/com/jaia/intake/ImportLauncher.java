package com.jaia.intake;

import java.nio.file.Files;
import java.nio.file.Path;

import com.jaia.loading.ImportLedger;
import com.jaia.loading.ImportLedgerEntry;
import com.jaia.loading.RunningImports;
import com.jaia.pipeline.ImportParameters;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Starts the import of one file, exactly once per content: content already loaded is refused with the earlier import
 * named, a failed or interrupted import of the same content is restarted where it stopped, anything else starts anew.
 */
@Component
public class ImportLauncher {

    static final String JOB_NAME = "journalImportJob";

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final Job journalImportJob;

    private final ImportLedger ledger;

    private final RunningImports running;

    ImportLauncher(JobOperator jobOperator, JobRepository jobRepository,
            @Qualifier(JOB_NAME) Job journalImportJob, ImportLedger ledger, RunningImports running) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.journalImportJob = journalImportJob;
        this.ledger = ledger;
        this.running = running;
    }

    /** Imports the file; returns the finished execution (completed or failed). */
    public JobExecution launch(ImportRequest request) {
        JobParameters parameters = prepare(request);
        try {
            return jobOperator.start(journalImportJob, parameters);
        }
        catch (Exception e) {
            throw new ImportRejected("the import of " + request.file() + " could not start: " + e.getMessage(), null);
        }
    }

    /**
     * Checks the file and returns the parameters its job runs with; refuses content already imported and recovers an
     * execution that a dead process left marked as running.
     */
    public JobParameters prepare(ImportRequest request) {
        Path file = request.file().toAbsolutePath().normalize();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ImportRejected("no readable file at " + file, null);
        }
        String sha256 = FileDigest.sha256(file);
        ledger.findBySha256(sha256).ifPresent(earlier -> {
            throw new ImportRejected(alreadyImported(earlier), earlier.importId());
        });
        JobParameters parameters = new ImportParameters(file, sha256, request.replace(), request.origin(),
                request.fiscalYear(), request.businessUnit(), ledger.takenBack(sha256)).toJobParameters();
        JobInstance instance = jobRepository.getJobInstance(JOB_NAME, parameters);
        if (request.replace()) {
            // the scope this import will replace is only known once its rows are read, so any import still loading
            // may be loading into it
            running.touching(null, null, instance == null ? null : instance.getInstanceId()).ifPresent(other -> {
                throw new ImportRejected("a replacing import must not run beside another import of the same scope: "
                        + other + "; try again when it has finished", null);
            });
        }
        if (instance != null) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED) {
                throw new ImportRejected("this content was already imported by import #" + instance.getInstanceId()
                        + " (job execution " + last.getId() + ")", instance.getInstanceId());
            }
            if (last != null && last.isRunning() && !runningHere(last)) {
                jobOperator.recover(last);
            }
        }
        return parameters;
    }

    /** Whether this process is running the execution (else a dead process left it marked as running). */
    protected boolean runningHere(JobExecution execution) {
        return false;
    }

    private static String alreadyImported(ImportLedgerEntry earlier) {
        return "this content was already imported by import #" + earlier.importId() + " (file " + earlier.fileName()
                + ", loaded " + earlier.loadedAt() + ": " + earlier.rowsLoaded() + " rows loaded, "
                + earlier.rowsRejected() + " rejected)";
    }

}
