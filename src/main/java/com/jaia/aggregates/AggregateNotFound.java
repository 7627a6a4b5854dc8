package com.jaia.aggregates;

import com.jaia.problems.NamedProblem;
import com.jaia.problems.ProblemType;

/**
 * The requested aggregate table is not one of the 17.
 */
class AggregateNotFound extends NamedProblem {

    AggregateNotFound(String name) {
        super(ProblemType.AGGREGATE_NOT_FOUND, "no aggregate table named '" + name + "'; GET /api/v1/aggregates lists them");
    }

}
