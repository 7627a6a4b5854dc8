package com.jaia.status;

/**
 * A restart asked for an execution that cannot be restarted: it completed, or it is still running.
 */
class JobNotRestartable extends RuntimeException {

    JobNotRestartable(String message) {
        super(message);
    }

}
