package com.jaia.status;

/**
 * A stop requested: the execution stops at its next chunk boundary (a load is rolled back).
 *
 * @param id the job execution id
 * @param status STOPPING
 */
record JobStopping(long id, String status) {
}
