package com.jaia.rules;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;

import com.jaia.observability.ProgressBoard;
import com.jaia.observability.StepPhases;
import com.jaia.pipeline.FiscalYears;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * {@code scoreAnomaliesStep}: the ML anomaly scores of every line of the ledgers the import touched (or the refresh asked
 * for), committed in their own transaction before the rules run, so that their time and progress are
 * the step's own. A scoring failure does not fail the job: the step records why there are no fresh scores (in the
 * job's context, where {@code runAuditRulesStep} reads it) and the rules' risk scores go on without ML.
 */
record ScoreAnomaliesTasklet(MlScoring ml, DataSource duckDb, ProgressBoard progress, long seed) implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ScoreAnomaliesTasklet.class);

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        JobExecution job = step.getJobExecution();
        try (Connection connection = duckDb.getConnection()) {
            FiscalYears scope = FiscalYears.requestedBy(job);
            MlScoring.Outcome outcome;
            try (StepPhases phases = progress.phases(step, "phases", "jaia.ml.batch")) {
                phases.at("ML scores of " + scope.describe(), 0, 1);
                outcome = ml.score(connection, scope, seed);
                phases.at("ML scores of " + scope.describe(), 1, 1);
            }
            outcome.record(job);
            contribution.incrementWriteCount(outcome.lines());
            String description = "ML " + outcome.status() + ": " + outcome.lines() + " lines of fiscal years "
                    + (scope.all() ? "all" : List.copyOf(scope.years())) + (scope.allBusinessUnits() ? ""
                            : " of business units " + String.join(",", scope.businessUnits()));
            log.info("{}", description);
            contribution.setExitStatus(contribution.getExitStatus().addExitDescription(description));
        }
        return RepeatStatus.FINISHED;
    }

}
