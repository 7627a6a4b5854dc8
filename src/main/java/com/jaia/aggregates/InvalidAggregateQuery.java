package com.jaia.aggregates;

import java.util.List;

import com.jaia.problems.InvalidParameter;

/**
 * A period filter on a table that has no accounting period; answered as an invalid {@code period} parameter.
 */
class InvalidAggregateQuery extends InvalidParameter {

    InvalidAggregateQuery(String message) {
        super("period", message, List.of());
    }

}
