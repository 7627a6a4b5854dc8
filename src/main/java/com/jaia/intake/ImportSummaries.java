package com.jaia.intake;

import java.util.Optional;

import com.jaia.loading.ImportLedger;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link ImportSummary} of an execution from the job repository and the {@code imports} ledger.
 */
@Component
public class ImportSummaries {

    private final ImportLedger ledger;

    ImportSummaries(ImportLedger ledger) {
        this.ledger = ledger;
    }

    public ImportSummary of(JobExecution execution) {
        long importId = execution.getJobInstance().getInstanceId();
        return ImportSummary.of(execution,
                execution.getStatus() == BatchStatus.COMPLETED ? ledger.findById(importId) : Optional.empty(),
                ledger.rejectsByReason(importId));
    }

}
