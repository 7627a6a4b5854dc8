package com.jaia.aggregates;

import java.time.Instant;
import java.util.List;

/**
 * One aggregate table as the catalogue endpoint lists it.
 *
 * @param name the table name
 * @param description what the table answers
 * @param rowCount rows it holds over all fiscal years
 * @param fiscalYears the fiscal years it holds rows for
 * @param businessUnits the business units it holds rows for (besides {@code *}, the totals over all of them)
 * @param lastRefresh when any of its fiscal years was last refreshed (null when never)
 * @param hasPeriodFilter whether the {@code period} filter applies to it
 */
record AggregateSummary(String name, String description, long rowCount, List<Integer> fiscalYears,
        List<String> businessUnits, Instant lastRefresh, boolean hasPeriodFilter) {
}
