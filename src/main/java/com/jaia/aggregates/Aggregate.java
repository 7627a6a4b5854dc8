package com.jaia.aggregates;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 17 aggregate tables of the operations manual, in refresh order (a table may read the ones before it, and all
 * may read the temporary tables of {@code refresh_inputs.sql}).
 */
enum Aggregate {

    BY_PERIOD_ACCOUNT("Debit, credit and net movement of each account per accounting period",
            "fiscal_year, accounting_period, gl_account_number", true, false),
    BY_DATE("Daily posting activity by effective date", "fiscal_year, accounting_period, effective_date", true,
            false),
    HIGH_RISK("Journals in risk band critical or high, riskiest first", "fiscal_year, risk_rank", true, false),
    BY_USER("Postings, approvals and risk of each preparer per fiscal year", "fiscal_year, user_id", false, false),
    BY_DEPARTMENT("Postings and risk of each department per fiscal year", "fiscal_year, dept_code", false, false),
    BY_VENDOR("Postings and risk against each vendor per fiscal year", "fiscal_year, vendor_code", false, false),
    RULE_VIOLATIONS("Hits of each audit rule per accounting period",
            "fiscal_year, accounting_period, rule_id, category, severity", true, false),
    TREND_MOM("Each account's movement against the previous accounting period, across year ends",
            "fiscal_year, accounting_period, gl_account_number", true, true),
    TREND_YOY("Each account's movement against the same period of the previous fiscal year",
            "fiscal_year, accounting_period, gl_account_number", true, true),
    BENFORD_DISTRIBUTION("Benford first, second and first-two digit tests with z-statistics and MAD conformity",
            "fiscal_year, test, digit", false, false),
    AMOUNT_DISTRIBUTION("Line amounts per order-of-magnitude bucket", "fiscal_year, bucket_order", false, false),
    TIME_DISTRIBUTION("Lines per weekday, day of month and hour of entry", "fiscal_year, dimension, bucket", false,
            false),
    APPROVAL_PATTERNS("Journals per approver: self-approval, approval limits and approval lag",
            "fiscal_year, approved_by", false, false),
    ACCOUNT_ACTIVITY("Each account's activity over a fiscal year with its classification",
            "fiscal_year, gl_account_number", false, false),
    ANOMALY_SUMMARY("Lines, journals and amounts per accounting period and risk band",
            "fiscal_year, accounting_period, risk_band", true, false),
    ML_SCORES("Distribution of the ML anomaly scores in ten buckets", "fiscal_year, bucket", false, false),
    DASHBOARD_KPI("Headline figures of each fiscal year", "fiscal_year", false, false);

    private final String description;

    private final String orderBy;

    private final boolean hasPeriod;

    private final boolean comparesWithPreviousYear;

    Aggregate(String description, String orderBy, boolean hasPeriod, boolean comparesWithPreviousYear) {
        this.description = description;
        this.orderBy = orderBy;
        this.hasPeriod = hasPeriod;
        this.comparesWithPreviousYear = comparesWithPreviousYear;
    }

    /** The DuckDB table name, e.g. {@code agg_by_period_account}. */
    String table() {
        return "agg_" + name().toLowerCase(java.util.Locale.ROOT);
    }

    String description() {
        return description;
    }

    /** The table's key columns: the stable order of its rows. */
    String orderBy() {
        return orderBy;
    }

    /** Whether the table has an {@code accounting_period} column to filter on. */
    boolean hasPeriod() {
        return hasPeriod;
    }

    /** Whether rows of year Y+1 read year Y, so that refreshing Y must refresh Y+1 too. */
    boolean comparesWithPreviousYear() {
        return comparesWithPreviousYear;
    }

    static Optional<Aggregate> byTable(String table) {
        return Arrays.stream(values()).filter(aggregate -> aggregate.table().equals(table)).findFirst();
    }

}
