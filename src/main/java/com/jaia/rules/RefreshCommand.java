package com.jaia.rules;

import com.jaia.problems.PlainReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.jaia.CommandArguments;
import com.jaia.JaiaCommand;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;

/**
 * {@code refresh [--fiscal-years=2024|2023,2024|all]}: re-runs rules and scores (and whatever else the refresh job
 * holds) over the fiscal years already loaded, without a new file.
 */
final class RefreshCommand implements JaiaCommand {

    private static final Logger log = LoggerFactory.getLogger(RefreshCommand.class);


    private final JobOperator jobOperator;

    private final Job refreshJob;

    RefreshCommand(JobOperator jobOperator, Job refreshJob) {
        this.jobOperator = jobOperator;
        this.refreshJob = refreshJob;
    }

    @Override
    public String name() {
        return "refresh";
    }

    @Override
    public int run(String[] args) {
        CommandArguments arguments = CommandArguments.parse(args);
        String fiscalYears = arguments.option("fiscal-years").or(() -> arguments.option("fiscalYears"))
            .orElse(arguments.positional().isEmpty() ? "all" : arguments.positional().get(0));
        JobParameters parameters = new JobParametersBuilder()
            .addString(AuditRulesTasklet.FISCAL_YEARS_PARAMETER, fiscalYears)
            .addLong("requested.at", System.currentTimeMillis())
            .toJobParameters();
        try {
            JobExecution execution = jobOperator.start(refreshJob, parameters);
            System.out.println("refreshJob " + execution.getStatus() + " for fiscal years " + fiscalYears);
            execution.getAllFailureExceptions().forEach(failure -> System.err.println("jaia: " + PlainReason.of(failure)));
            return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
        }
        catch (Exception e) {
            log.error("refresh failed", e);
            System.err.println("jaia: refresh failed: " + PlainReason.of(e) + " (the details are in the log)");
            return 1;
        }
    }

}
