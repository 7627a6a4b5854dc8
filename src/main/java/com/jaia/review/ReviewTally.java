package com.jaia.review;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many journals one run of a review step stored, by status (reviewed, skipped, deferred).
 */
final class ReviewTally {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void add(String status) {
        counts.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    long of(String status) {
        LongAdder count = counts.get(status);
        return count == null ? 0 : count.sum();
    }

}
