package com.jaia.status;

import com.jaia.problems.NamedProblem;
import com.jaia.problems.ProblemType;

/**
 * A restart asked for an execution that cannot be restarted: it completed, or it is still running.
 */
class JobNotRestartable extends NamedProblem {

    JobNotRestartable(String message) {
        super(ProblemType.JOB_STATE_CONFLICT, message);
    }

}
