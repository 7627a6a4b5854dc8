package com.jaia.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;

import com.jaia.pipeline.ImportParameters;
import com.jaia.validation.ValidationProgress;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Estimates how far a running reading step is: records read (and skipped) against the records of the file being
 * imported, estimated from the share of the file's bytes the validation has read (the file is not read again for it),
 * and the time left at the rate so far.
 */
@Component
class StepProgress {

    StepDetail.Progress of(StepExecution step, JobExecution job, Map<String, String> parameters, long partitionsRead) {
        long done = step.getReadCount() + step.getReadSkipCount() + partitionsRead;
        if (parameters.get(ImportParameters.FILE_PATH) == null || done == 0) {
            return null;
        }
        double share = ValidationProgress.of(job).share();
        if (share <= 0) {
            return null;
        }
        long total = Math.max(done, Math.round(done / share));
        Long eta = null;
        double rate = 0;
        if (step.getStartTime() != null) {
            long elapsed = Duration.between(step.getStartTime(), LocalDateTime.now()).toMillis();
            eta = Math.round(elapsed * (double) (total - done) / done / 1000);
            rate = elapsed > 0 ? Math.round(10_000.0 * done / elapsed) / 10.0 : 0;
        }
        return new StepDetail.Progress(done, total, "lines", Math.round(1000.0 * done / total) / 10.0, eta,
                "validating", Map.of(), rate);
    }

}
