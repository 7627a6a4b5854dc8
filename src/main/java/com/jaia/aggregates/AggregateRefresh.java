package com.jaia.aggregates;

import java.util.Map;
import java.util.SortedSet;

/**
 * What one refresh did.
 *
 * @param fiscalYears the fiscal years refreshed (the tables comparing with the previous year also refreshed the
 *     following year where the ledger has it)
 * @param rowCounts rows written per table name, in refresh order
 * @param tableMillis wall time per table name
 * @param millis wall time of the whole refresh
 */
record AggregateRefresh(SortedSet<Integer> fiscalYears, Map<String, Long> rowCounts, Map<String, Long> tableMillis,
        long millis) {

    long totalRows() {
        return rowCounts.values().stream().mapToLong(Long::longValue).sum();
    }

}
