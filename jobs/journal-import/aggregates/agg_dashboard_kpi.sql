-- agg_dashboard_kpi: the headline figures of a fiscal year for the dashboard, one row per fiscal year and business
-- unit with lines, and one per fiscal year for all units (business_unit_code '*').
-- Refreshed last and rolled up from the tables before it (so it agrees with them), plus rule_violations and
-- risk_scores for the counts no other table can give (through the scoped views of refresh_inputs.sql).
--   entry_count                 lines (agg_by_period_account)
--   journal_count               journals (agg_approval_patterns, which counts each journal once)
--   debit_total, credit_total   sums of the 'D' and 'C' line amounts; out_of_balance = debit_total - credit_total
--   account_count, user_count, vendor_count, department_count  accounts, preparers, vendors and departments with
--                               postings; period_count accounting periods with postings
--   first_date, last_date       earliest and latest effective_date
--   unknown_account_count       accounts with postings that the loaded chart of accounts lacks
--   self_approved_rate          share of lines approved by their own preparer
--   weekend_entry_rate          share of lines entered on a Saturday or Sunday (entry_date, else effective_date)
--   violation_count             rule_violations rows; flagged_journal_count journals with a violation
--   critical_journal_count, high_journal_count  journals per band in agg_high_risk
--   avg_risk_score              mean line risk_scores.risk_score; avg_ml_score mean risk_scores.ml_score
--   high_risk_amount            debit total of the critical and high journals (agg_high_risk)
--   benford_first_digit_mad, benford_first_digit_conformity  the first-digit test of agg_benford_distribution
INSERT INTO agg_dashboard_kpi (fiscal_year, business_unit_code, entry_count, journal_count, debit_total, credit_total,
    out_of_balance, account_count, user_count, vendor_count, department_count, period_count, first_date, last_date,
    unknown_account_count, self_approved_rate, weekend_entry_rate, violation_count, flagged_journal_count,
    critical_journal_count, high_journal_count, avg_risk_score, high_risk_amount, avg_ml_score,
    benford_first_digit_mad, benford_first_digit_conformity)
WITH ledger AS (
    SELECT fiscal_year, business_unit_code, sum(entry_count) AS entry_count, sum(debit_total) AS debit_total,
           sum(credit_total) AS credit_total, count(DISTINCT accounting_period) AS period_count,
           min(first_date) AS first_date, max(last_date) AS last_date
    FROM agg_by_period_account WHERE list_contains(getvariable('fiscal_years'), fiscal_year) GROUP BY ALL
),
accounts_used AS (
    SELECT fiscal_year, business_unit_code, count(*) AS account_count,
           count(*) FILTER (WHERE NOT account_known) AS unknown_account_count
    FROM agg_account_activity WHERE list_contains(getvariable('fiscal_years'), fiscal_year) GROUP BY ALL
),
journals AS (
    SELECT fiscal_year, business_unit_code, sum(journal_count) AS journal_count
    FROM agg_approval_patterns WHERE list_contains(getvariable('fiscal_years'), fiscal_year) GROUP BY ALL
),
preparers AS (
    SELECT fiscal_year, business_unit_code, count(user_id) AS user_count,
           sum(self_approved_count) / sum(entry_count) AS self_approved_rate,
           sum(weekend_count) / sum(entry_count) AS weekend_entry_rate
    FROM agg_by_user WHERE list_contains(getvariable('fiscal_years'), fiscal_year) GROUP BY ALL
),
vendors_used AS (
    SELECT fiscal_year, business_unit_code, count(*) AS vendor_count
    FROM agg_by_vendor WHERE list_contains(getvariable('fiscal_years'), fiscal_year) GROUP BY ALL
),
departments_used AS (
    SELECT fiscal_year, business_unit_code, count(dept_code) AS department_count
    FROM agg_by_department WHERE list_contains(getvariable('fiscal_years'), fiscal_year) GROUP BY ALL
),
violations AS (
    SELECT fiscal_year, business_unit_code, count(*) AS violation_count,
           count(DISTINCT (line_unit, journal_id)) AS flagged_journal_count
    FROM scoped_violations GROUP BY ALL
),
scores AS (
    SELECT fiscal_year, business_unit_code, avg(risk_score) AS avg_risk_score, avg(ml_score) AS avg_ml_score
    FROM scoped_risk_scores GROUP BY ALL
),
high_risk AS (
    SELECT fiscal_year, business_unit_code,
           count(*) FILTER (WHERE journal_risk_band = 'critical') AS critical_journal_count,
           count(*) FILTER (WHERE journal_risk_band = 'high') AS high_journal_count,
           sum(debit_total) AS high_risk_amount
    FROM scoped_high_risk GROUP BY ALL
),
benford AS (
    SELECT fiscal_year, business_unit_code, any_value(mad) AS mad, any_value(conformity) AS conformity
    FROM agg_benford_distribution WHERE list_contains(getvariable('fiscal_years'), fiscal_year) AND test = 'first' GROUP BY ALL
)
SELECT l.fiscal_year, l.business_unit_code, l.entry_count, coalesce(j.journal_count, 0), l.debit_total,
       l.credit_total, l.debit_total - l.credit_total, coalesce(a.account_count, 0), coalesce(p.user_count, 0),
       coalesce(v.vendor_count, 0), coalesce(d.department_count, 0), l.period_count, l.first_date, l.last_date,
       coalesce(a.unknown_account_count, 0), p.self_approved_rate, p.weekend_entry_rate,
       coalesce(x.violation_count, 0), coalesce(x.flagged_journal_count, 0),
       coalesce(h.critical_journal_count, 0), coalesce(h.high_journal_count, 0), s.avg_risk_score,
       coalesce(h.high_risk_amount, 0), s.avg_ml_score, b.mad, b.conformity
FROM ledger l
LEFT JOIN accounts_used a ON a.fiscal_year = l.fiscal_year
    AND a.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
LEFT JOIN journals j ON j.fiscal_year = l.fiscal_year
    AND j.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
LEFT JOIN preparers p ON p.fiscal_year = l.fiscal_year
    AND p.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
LEFT JOIN vendors_used v ON v.fiscal_year = l.fiscal_year
    AND v.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
LEFT JOIN departments_used d ON d.fiscal_year = l.fiscal_year
    AND d.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
LEFT JOIN violations x ON x.fiscal_year = l.fiscal_year
    AND x.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
LEFT JOIN scores s ON s.fiscal_year = l.fiscal_year
    AND s.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
LEFT JOIN high_risk h ON h.fiscal_year = l.fiscal_year
    AND h.business_unit_code IS NOT DISTINCT FROM l.business_unit_code
LEFT JOIN benford b ON b.fiscal_year = l.fiscal_year
    AND b.business_unit_code IS NOT DISTINCT FROM l.business_unit_code;
