package com.jaia.aggregates;

/**
 * A filter or paging parameter of an aggregates request has a value the table cannot answer.
 */
class InvalidAggregateQuery extends RuntimeException {

    InvalidAggregateQuery(String message) {
        super(message);
    }

}
