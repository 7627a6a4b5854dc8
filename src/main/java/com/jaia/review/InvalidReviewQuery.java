package com.jaia.review;

import java.util.List;

/**
 * A parameter of the reviews API has a value it does not accept.
 */
class InvalidReviewQuery extends RuntimeException {

    private final String parameter;

    private final List<String> acceptedValues;

    InvalidReviewQuery(String parameter, String message, List<String> acceptedValues) {
        super(message);
        this.parameter = parameter;
        this.acceptedValues = List.copyOf(acceptedValues);
    }

    String parameter() {
        return parameter;
    }

    List<String> acceptedValues() {
        return acceptedValues;
    }

}
