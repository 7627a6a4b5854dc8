package com.jaia.intake;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.jaia.loading.ImportLedger;
import com.jaia.loading.RunningImports;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * The launcher's checks for imports of the bounded queue, which knows which executions run in this process: those
 * are never taken for executions a dead process left behind.
 */
class QueuedImportLauncher extends ImportLauncher {

    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();

    QueuedImportLauncher(JobOperator jobOperator, JobRepository jobRepository, Job journalImportJob,
            ImportLedger ledger, RunningImports running) {
        super(jobOperator, jobRepository, journalImportJob, ledger, running);
    }

    @Override
    protected boolean runningHere(JobExecution execution) {
        return runningHere.contains(execution.getId());
    }

    void started(long executionId) {
        runningHere.add(executionId);
    }

    void ended(long executionId) {
        runningHere.remove(executionId);
    }

}
