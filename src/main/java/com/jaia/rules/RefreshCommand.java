package com.jaia.rules;

import com.jaia.CommandArguments;
import com.jaia.CommandArguments.BadArguments;
import com.jaia.ExitCodes;
import com.jaia.JaiaCommand;
import com.jaia.pipeline.FiscalYears;
import com.jaia.problems.PlainReason;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;

/**
 * {@code refresh [--fiscal-years=2024|2023,2024|all] [--business-units=BU1,BU2]}: re-runs rules and scores (and whatever
 * else the refresh job holds) over the ledgers already loaded, without a new file: the fiscal years given, of the
 * business units given (every one when none is).
 */
record RefreshCommand(JobOperator jobOperator, Job refreshJob) implements JaiaCommand {

    @Override
    public int run(CommandArguments arguments) throws Exception {
        String fiscalYears = arguments.option("fiscal-years").or(() -> arguments.option("fiscalYears"))
            .orElse(arguments.positional().isEmpty() ? "all" : arguments.positional().get(0));
        String businessUnits = arguments.option("business-units").or(() -> arguments.option("businessUnits"))
            .orElse("");
        FiscalYears scope;
        try {
            scope = FiscalYears.parse(fiscalYears).ofBusinessUnits(businessUnits);
        }
        catch (IllegalArgumentException e) {
            throw new BadArguments(e.getMessage());
        }
        JobExecution execution = jobOperator.start(refreshJob, scope.refreshParameters(null));
        System.out.println("refreshJob " + execution.getStatus() + " for " + scope.describe());
        execution.getAllFailureExceptions().forEach(failure -> System.err.println("jaia: " + PlainReason.of(failure)));
        return execution.getStatus() == BatchStatus.COMPLETED ? ExitCodes.DONE : ExitCodes.FAILED;
    }

}
