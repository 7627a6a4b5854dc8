package com.jaia.validation;

import com.jaia.pipeline.ImportContext;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Writes what the partitions of a completed validation counted into the step's exit description: records read, valid,
 * rejected, and amounts normalised from floating-point noise.
 */
final class ValidationSummaryListener implements StepExecutionListener {

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() != BatchStatus.COMPLETED) {
            return null;
        }
        ValidationCounts counts = ValidationCounts.of(step.getJobExecution().getExecutionContext());
        if (counts.amountsNormalised() > 0) {
            ImportContext.summarise(step.getJobExecution(), "validation", counts.amountsNormalised()
                    + " amounts normalised from floating-point noise");
        }
        return step.getExitStatus().addExitDescription(counts.describe());
    }

}
