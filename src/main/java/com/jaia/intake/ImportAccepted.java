package com.jaia.intake;

/**
 * An import queued: the job execution to follow.
 *
 * @param id the job execution id
 * @param importId the import id (the job instance id)
 * @param status the execution's batch status when answered (STARTING while queued)
 * @param job where to follow it
 */
record ImportAccepted(long id, long importId, String status, String job) {
}
