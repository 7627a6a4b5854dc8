package com.jaia.status;

import java.time.OffsetDateTime;

/**
 * One job execution in a listing.
 *
 * @param id the job execution id
 * @param instanceId the job instance id (for an import, its import id)
 * @param jobName the job name
 * @param status the batch status (STARTING, STARTED, COMPLETED, FAILED, STOPPED, ...)
 * @param exitCode the exit code
 * @param created when the execution was created (queued)
 * @param started when it started running
 * @param ended when it ended
 */
record JobSummary(long id, long instanceId, String jobName, String status, String exitCode, OffsetDateTime created,
        OffsetDateTime started, OffsetDateTime ended) {
}
