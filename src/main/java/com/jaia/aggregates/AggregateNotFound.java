package com.jaia.aggregates;

/**
 * The requested aggregate table is not one of the 17.
 */
class AggregateNotFound extends RuntimeException {

    AggregateNotFound(String name) {
        super("no aggregate table named '" + name + "'; GET /api/v1/aggregates lists them");
    }

}
