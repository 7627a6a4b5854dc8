package com.jaia.status;

import com.jaia.problems.NamedProblem;
import com.jaia.problems.ProblemType;

/**
 * No job execution has the requested id.
 */
public class JobNotFound extends NamedProblem {

    public JobNotFound(long executionId) {
        super(ProblemType.JOB_NOT_FOUND, "no job execution " + executionId);
    }

}
