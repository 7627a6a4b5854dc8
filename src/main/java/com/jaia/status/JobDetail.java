package com.jaia.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one job execution.
 *
 * @param id the job execution id
 * @param instanceId the job instance id (the import id of an import)
 * @param jobName the job name
 * @param parameters the job parameters by name
 * @param status the batch status
 * @param exitCode the exit code
 * @param exitDescription why it ended the way it did
 * @param created when the execution was created
 * @param started when it started
 * @param ended when it ended
 * @param durationMillis how long it ran (so far, while running)
 * @param steps its step executions in start order
 */
record JobDetail(long id, long instanceId, String jobName, Map<String, String> parameters, String status,
        String exitCode, String exitDescription, OffsetDateTime created, OffsetDateTime started, OffsetDateTime ended,
        Long durationMillis, List<StepDetail> steps) {

    boolean running() {
        return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
    }

}
