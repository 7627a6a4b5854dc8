package com.jaia.aggregates;

import java.util.List;
import java.util.Map;

/**
 * One page of an aggregate table's rows, in the table's key order.
 *
 * @param name the table name
 * @param fiscalYear the fiscal-year filter (null when none)
 * @param businessUnit the business unit whose rows these are; {@code *} for the totals over all business units
 * @param period the accounting-period filter (null when none)
 * @param columns the column names (camelCase), in table order
 * @param items the page's rows, column name to value
 * @param page the zero-based page number
 * @param size rows per page
 * @param totalItems rows matching the filters
 * @param totalPages pages of this size they fill
 */
record AggregatePage(String name, Integer fiscalYear, String businessUnit, Integer period, List<String> columns,
        List<Map<String, Object>> items, int page, int size, long totalItems, long totalPages) {

    static AggregatePage of(String name, Integer fiscalYear, String businessUnit, Integer period,
            List<String> columns, List<Map<String, Object>> items, int page, int size, long totalItems) {
        return new AggregatePage(name, fiscalYear, businessUnit, period, columns, items, page, size, totalItems,
                (totalItems + size - 1) / size);
    }

}
