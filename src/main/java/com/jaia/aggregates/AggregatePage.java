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
 * @param page the zero-based page number
 * @param size rows per page
 * @param totalRows rows matching the filters
 * @param columns the column names, in table order
 * @param rows the page's rows, column name to value
 */
record AggregatePage(String name, Integer fiscalYear, String businessUnit, Integer period, int page, int size, long totalRows,
        List<String> columns, List<Map<String, Object>> rows) {
}
