package com.jaia.aggregates;

/**
 * One aggregate table as {@code journal-import/aggregates/catalogue.yml} describes it.
 *
 * @param table the DuckDB table name, e.g. {@code agg_by_period_account}; its statement is {@code <table>.sql}
 * @param description what the table answers
 * @param orderBy the table's key columns: the stable order of its rows
 * @param hasPeriod whether the table has an {@code accounting_period} column to filter on
 * @param comparesWithPreviousYear whether rows of year Y+1 read year Y, so that refreshing Y must refresh Y+1 too
 * @param overallRows whether the totals over all business units are rows of their own (business unit {@code *});
 *        false for a table that lists journals, each under its own business unit
 */
record Aggregate(String table, String description, String orderBy, boolean hasPeriod,
        boolean comparesWithPreviousYear, boolean overallRows) {

    /** The business unit code of the rows that total every business unit. */
    static final String ALL_UNITS = "*";

}
