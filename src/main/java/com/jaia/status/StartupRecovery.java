package com.jaia.status;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Marks failed, before anything can launch a job, every execution that the job repository still shows running: a
 * previous process was killed while it ran (only one process can hold the DuckDB file, so none of them is alive).
 * A failed execution can then be restarted where its last committed chunk left off.
 */
@Component
public class StartupRecovery implements SmartInitializingSingleton {

    /** Starts the exit description of every execution this class marks failed. */
    public static final String EXIT_DESCRIPTION = "Marked FAILED at start-up: the process running it ended"
            + " without finishing it (killed or crashed)";

    private static final Log log = LogFactory.getLog(StartupRecovery.class);

    private final JobRepository jobRepository;

    private final List<JobExecution> recovered = new ArrayList<>();

    StartupRecovery(JobRepository jobRepository) {
        this.jobRepository = jobRepository;
    }

    @Override
    public void afterSingletonsInstantiated() {
        recovered.addAll(recover());
    }

    /** The executions this start-up marked failed. */
    public List<JobExecution> recovered() {
        return List.copyOf(recovered);
    }

    List<JobExecution> recover() {
        List<JobExecution> marked = new ArrayList<>();
        String note = EXIT_DESCRIPTION + "; found by process " + ManagementFactory.getRuntimeMXBean().getPid() + " at "
                + LocalDateTime.now().withNano(0);
        for (String jobName : jobRepository.getJobNames()) {
            for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
                markFailed(execution, note);
                marked.add(execution);
                log.warn("job execution " + execution.getId() + " of " + jobName + " was left "
                        + "running by a previous process; marked FAILED so that it can be restarted");
            }
        }
        return marked;
    }

    private void markFailed(JobExecution execution, String note) {
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                step.setExitStatus(ExitStatus.FAILED.addExitDescription(note));
                step.setEndTime(now);
                jobRepository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        execution.setExitStatus(ExitStatus.FAILED.addExitDescription(note));
        execution.setEndTime(now);
        jobRepository.update(execution);
    }

}
