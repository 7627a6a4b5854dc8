-- The 17 aggregate tables (operations manual names) and their refresh ledger. Every table has fiscal_year so one
-- year can be refreshed without touching the others, and business_unit_code: each unit's rows, and the totals over all
-- units as rows of business unit '*' (agg_high_risk lists journals, each under its own unit, with a rank in the unit
-- and one over all units). The SQL that fills each lives in jobs/journal-import/aggregates/<table>.sql, whose header
-- documents the columns; catalogue.yml beside it lists them.

CREATE TABLE IF NOT EXISTS agg_by_period_account (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, accounting_period INTEGER NOT NULL, gl_account_number VARCHAR NOT NULL,
    account_name VARCHAR, account_type VARCHAR,
    debit_total DECIMAL(20,2) NOT NULL, credit_total DECIMAL(20,2) NOT NULL, net_amount DECIMAL(20,2) NOT NULL,
    entry_count BIGINT NOT NULL, journal_count BIGINT NOT NULL, debit_count BIGINT NOT NULL, credit_count BIGINT NOT NULL,
    max_amount DECIMAL(18,2), weekend_count BIGINT NOT NULL, manual_count BIGINT NOT NULL, first_date DATE, last_date DATE
);

CREATE TABLE IF NOT EXISTS agg_by_date (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, accounting_period INTEGER NOT NULL, effective_date DATE NOT NULL,
    weekday INTEGER NOT NULL, is_weekend BOOLEAN NOT NULL,
    debit_total DECIMAL(20,2) NOT NULL, credit_total DECIMAL(20,2) NOT NULL,
    entry_count BIGINT NOT NULL, journal_count BIGINT NOT NULL, max_amount DECIMAL(18,2)
);

CREATE TABLE IF NOT EXISTS agg_by_user (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, user_id VARCHAR, user_name VARCHAR, dept_code VARCHAR,
    entry_count BIGINT NOT NULL, journal_count BIGINT NOT NULL,
    debit_total DECIMAL(20,2) NOT NULL, credit_total DECIMAL(20,2) NOT NULL,
    self_approved_count BIGINT NOT NULL, unapproved_count BIGINT NOT NULL, weekend_count BIGINT NOT NULL,
    after_hours_count BIGINT NOT NULL,
    avg_risk_score DOUBLE, max_risk_score DOUBLE,
    critical_count BIGINT NOT NULL, high_count BIGINT NOT NULL, medium_count BIGINT NOT NULL, low_count BIGINT NOT NULL,
    minimal_count BIGINT NOT NULL, high_risk_journal_count BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS agg_by_department (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, dept_code VARCHAR, dept_name VARCHAR, entry_count BIGINT NOT NULL,
    debit_total DECIMAL(20,2) NOT NULL, credit_total DECIMAL(20,2) NOT NULL, net_amount DECIMAL(20,2) NOT NULL,
    avg_risk_score DOUBLE, max_risk_score DOUBLE,
    critical_count BIGINT NOT NULL, high_count BIGINT NOT NULL, medium_count BIGINT NOT NULL, low_count BIGINT NOT NULL,
    minimal_count BIGINT NOT NULL, high_risk_entry_count BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS agg_by_vendor (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, vendor_code VARCHAR NOT NULL, vendor_name VARCHAR, is_related_party BOOLEAN,
    entry_count BIGINT NOT NULL,
    debit_total DECIMAL(20,2) NOT NULL, credit_total DECIMAL(20,2) NOT NULL, net_amount DECIMAL(20,2) NOT NULL,
    max_amount DECIMAL(18,2), first_date DATE, last_date DATE,
    avg_risk_score DOUBLE, max_risk_score DOUBLE, high_risk_entry_count BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS agg_high_risk (
    fiscal_year INTEGER NOT NULL, journal_id VARCHAR NOT NULL, business_unit_code VARCHAR, risk_rank BIGINT NOT NULL,
    overall_rank BIGINT,
    journal_risk_score DOUBLE NOT NULL, journal_risk_band VARCHAR NOT NULL, max_ml_score DOUBLE,
    accounting_period INTEGER, effective_date DATE, entry_date DATE, prepared_by VARCHAR, approved_by VARCHAR,
    line_count BIGINT NOT NULL, debit_total DECIMAL(20,2) NOT NULL, credit_total DECIMAL(20,2) NOT NULL,
    account_list VARCHAR, violation_count BIGINT NOT NULL, rule_ids VARCHAR, top_factors VARCHAR
);

CREATE TABLE IF NOT EXISTS agg_rule_violations (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, accounting_period INTEGER, rule_id VARCHAR NOT NULL, category VARCHAR NOT NULL,
    severity VARCHAR NOT NULL,
    violation_count BIGINT NOT NULL, line_count BIGINT NOT NULL, journal_count BIGINT NOT NULL,
    amount_total DECIMAL(20,2) NOT NULL, avg_score DOUBLE, max_score DOUBLE
);

CREATE TABLE IF NOT EXISTS agg_trend_mom (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, accounting_period INTEGER NOT NULL, gl_account_number VARCHAR NOT NULL,
    debit_total DECIMAL(20,2) NOT NULL, credit_total DECIMAL(20,2) NOT NULL, net_amount DECIMAL(20,2) NOT NULL,
    entry_count BIGINT NOT NULL,
    prev_fiscal_year INTEGER, prev_accounting_period INTEGER,
    prev_debit_total DECIMAL(20,2), prev_credit_total DECIMAL(20,2), prev_net_amount DECIMAL(20,2), prev_entry_count BIGINT,
    net_change DECIMAL(20,2), net_change_pct DOUBLE, entry_count_change BIGINT
);

CREATE TABLE IF NOT EXISTS agg_trend_yoy (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, accounting_period INTEGER NOT NULL, gl_account_number VARCHAR NOT NULL,
    debit_total DECIMAL(20,2) NOT NULL, credit_total DECIMAL(20,2) NOT NULL, net_amount DECIMAL(20,2) NOT NULL,
    entry_count BIGINT NOT NULL, prev_fiscal_year INTEGER NOT NULL,
    prev_debit_total DECIMAL(20,2), prev_credit_total DECIMAL(20,2), prev_net_amount DECIMAL(20,2), prev_entry_count BIGINT,
    net_change DECIMAL(20,2), net_change_pct DOUBLE, entry_count_change BIGINT
);

CREATE TABLE IF NOT EXISTS agg_benford_distribution (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, test VARCHAR NOT NULL, digit INTEGER NOT NULL,
    observed_count BIGINT NOT NULL, total_count BIGINT NOT NULL, observed_share DOUBLE NOT NULL,
    expected_share DOUBLE NOT NULL, deviation DOUBLE NOT NULL, z_statistic DOUBLE NOT NULL, significant BOOLEAN NOT NULL,
    mad DOUBLE NOT NULL, conformity VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS agg_amount_distribution (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, bucket_order INTEGER NOT NULL, bucket_label VARCHAR NOT NULL,
    lower_bound DECIMAL(20,2) NOT NULL, upper_bound DECIMAL(20,2),
    entry_count BIGINT NOT NULL, debit_count BIGINT NOT NULL, credit_count BIGINT NOT NULL,
    amount_total DECIMAL(20,2) NOT NULL, round_amount_count BIGINT NOT NULL,
    share_of_entries DOUBLE NOT NULL, share_of_amount DOUBLE
);

CREATE TABLE IF NOT EXISTS agg_time_distribution (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, dimension VARCHAR NOT NULL, bucket INTEGER NOT NULL, bucket_label VARCHAR NOT NULL,
    entry_count BIGINT NOT NULL, amount_total DECIMAL(20,2) NOT NULL, share_of_entries DOUBLE NOT NULL
);

CREATE TABLE IF NOT EXISTS agg_approval_patterns (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, approved_by VARCHAR, approver_name VARCHAR, approval_limit DECIMAL(18,2),
    journal_count BIGINT NOT NULL, preparer_count BIGINT NOT NULL, journal_amount_total DECIMAL(20,2) NOT NULL,
    max_journal_amount DECIMAL(20,2), self_approved_count BIGINT NOT NULL,
    over_limit_count BIGINT NOT NULL, over_limit_amount DECIMAL(20,2) NOT NULL,
    approved_before_entry_count BIGINT NOT NULL, same_day_count BIGINT NOT NULL,
    avg_approval_days DOUBLE, max_approval_days INTEGER
);

CREATE TABLE IF NOT EXISTS agg_account_activity (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, gl_account_number VARCHAR NOT NULL, account_name VARCHAR, account_type VARCHAR,
    account_class VARCHAR, account_known BOOLEAN,
    entry_count BIGINT NOT NULL, active_period_count BIGINT NOT NULL,
    debit_total DECIMAL(20,2) NOT NULL, credit_total DECIMAL(20,2) NOT NULL, net_amount DECIMAL(20,2) NOT NULL,
    avg_amount DECIMAL(20,2), max_amount DECIMAL(18,2), first_date DATE, last_date DATE,
    weekend_count BIGINT NOT NULL, manual_count BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS agg_anomaly_summary (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, accounting_period INTEGER NOT NULL, risk_band VARCHAR NOT NULL,
    line_count BIGINT NOT NULL, amount_total DECIMAL(20,2) NOT NULL,
    avg_risk_score DOUBLE, max_risk_score DOUBLE, avg_ml_score DOUBLE, flagged_line_count BIGINT NOT NULL,
    violation_count BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS agg_ml_scores (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, bucket INTEGER NOT NULL, lower_bound DOUBLE NOT NULL, upper_bound DOUBLE NOT NULL,
    line_count BIGINT NOT NULL, share_of_lines DOUBLE NOT NULL, cumulative_share DOUBLE NOT NULL, top_method VARCHAR,
    high_risk_line_count BIGINT NOT NULL, avg_risk_score DOUBLE
);

CREATE TABLE IF NOT EXISTS agg_dashboard_kpi (
    fiscal_year INTEGER NOT NULL, business_unit_code VARCHAR, entry_count BIGINT NOT NULL, journal_count BIGINT NOT NULL,
    debit_total DECIMAL(20,2) NOT NULL, credit_total DECIMAL(20,2) NOT NULL, out_of_balance DECIMAL(20,2) NOT NULL,
    account_count BIGINT NOT NULL, user_count BIGINT NOT NULL, vendor_count BIGINT NOT NULL,
    department_count BIGINT NOT NULL, period_count BIGINT NOT NULL, first_date DATE, last_date DATE,
    unknown_account_count BIGINT NOT NULL, self_approved_rate DOUBLE, weekend_entry_rate DOUBLE,
    violation_count BIGINT NOT NULL, flagged_journal_count BIGINT NOT NULL,
    critical_journal_count BIGINT NOT NULL, high_journal_count BIGINT NOT NULL,
    avg_risk_score DOUBLE, high_risk_amount DECIMAL(20,2) NOT NULL, avg_ml_score DOUBLE,
    benford_first_digit_mad DOUBLE, benford_first_digit_conformity VARCHAR
);

-- Stores made before the business unit was a dimension: their rows were the totals over all units.
ALTER TABLE agg_by_period_account ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_by_date ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_by_user ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_by_department ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_by_vendor ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_rule_violations ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_trend_mom ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_trend_yoy ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_benford_distribution ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_amount_distribution ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_time_distribution ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_approval_patterns ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_account_activity ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_anomaly_summary ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_ml_scores ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_dashboard_kpi ADD COLUMN IF NOT EXISTS business_unit_code VARCHAR DEFAULT '*';
ALTER TABLE agg_high_risk ADD COLUMN IF NOT EXISTS overall_rank BIGINT;
UPDATE agg_high_risk SET overall_rank = risk_rank WHERE overall_rank IS NULL;

-- One row per aggregate table and fiscal year: when it was last refreshed and how many rows the year holds.
CREATE TABLE IF NOT EXISTS aggregate_refreshes (
    table_name   VARCHAR NOT NULL,
    fiscal_year  INTEGER NOT NULL,
    row_count    BIGINT NOT NULL,
    refreshed_at TIMESTAMP NOT NULL
);
