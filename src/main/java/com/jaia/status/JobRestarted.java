package com.jaia.status;

/**
 * A restart started: the new execution of the same job instance.
 *
 * @param id the new job execution id
 * @param restartOf the execution restarted
 * @param status the new execution's batch status when answered
 */
record JobRestarted(long id, long restartOf, String status) {
}
