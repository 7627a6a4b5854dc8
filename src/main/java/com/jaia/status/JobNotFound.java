package com.jaia.status;

/**
 * No job execution has the requested id.
 */
public class JobNotFound extends RuntimeException {

    public JobNotFound(long executionId) {
        super("no job execution " + executionId);
    }

}
