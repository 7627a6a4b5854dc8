-- agg_dashboard_kpi: the headline figures of a fiscal year for the dashboard, one row per fiscal year with lines.
-- Refreshed last: the risk figures come from agg_high_risk and the Benford figures from agg_benford_distribution.
--   entry_count, journal_count  lines and distinct journal_id
--   debit_total, credit_total   sums of the 'D' and 'C' line amounts; out_of_balance = debit_total - credit_total
--   account_count, user_count, vendor_count, department_count, period_count  distinct gl_account_number,
--                               prepared_by, vendor_code, dept_code and accounting_period
--   first_date, last_date       earliest and latest effective_date
--   unknown_account_count       distinct accounts missing from the loaded chart of accounts (account_known false)
--   self_approved_rate          share of lines approved by their own preparer
--   weekend_entry_rate          share of lines entered on a Saturday or Sunday (entry_date, else effective_date)
--   violation_count             rule_violations rows; flagged_journal_count distinct journals with a violation
--   critical_journal_count, high_journal_count  journals per band in agg_high_risk
--   avg_risk_score              mean line risk_scores.risk_score; avg_ml_score mean risk_scores.ml_score
--   high_risk_amount            debit total of the critical and high journals (agg_high_risk)
--   benford_first_digit_mad, benford_first_digit_conformity  the first-digit test of agg_benford_distribution
INSERT INTO agg_dashboard_kpi (fiscal_year, entry_count, journal_count, debit_total, credit_total, out_of_balance,
    account_count, user_count, vendor_count, department_count, period_count, first_date, last_date,
    unknown_account_count, self_approved_rate, weekend_entry_rate, violation_count, flagged_journal_count,
    critical_journal_count, high_journal_count, avg_risk_score, high_risk_amount, avg_ml_score,
    benford_first_digit_mad, benford_first_digit_conformity)
WITH ledger AS (
    SELECT fiscal_year,
           count(*) AS entry_count,
           count(DISTINCT journal_id) AS journal_count,
           coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'D'), 0) AS debit_total,
           coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'C'), 0) AS credit_total,
           count(DISTINCT gl_account_number) AS account_count,
           count(DISTINCT prepared_by) AS user_count,
           count(DISTINCT vendor_code) AS vendor_count,
           count(DISTINCT dept_code) AS department_count,
           count(DISTINCT accounting_period) AS period_count,
           min(effective_date) AS first_date,
           max(effective_date) AS last_date,
           count(DISTINCT gl_account_number) FILTER (WHERE NOT account_known) AS unknown_account_count,
           count(*) FILTER (WHERE approved_by = prepared_by) / count(*) AS self_approved_rate,
           count(*) FILTER (WHERE isodow(coalesce(entry_date, effective_date)) >= 6) / count(*) AS weekend_entry_rate
    FROM journal_entries
    WHERE fiscal_year IN (${fiscal_years})
    GROUP BY fiscal_year
),
violations AS (
    SELECT fiscal_year, count(*) AS violation_count, count(DISTINCT journal_id) AS flagged_journal_count
    FROM rule_violations
    WHERE fiscal_year IN (${fiscal_years})
    GROUP BY fiscal_year
),
scores AS (
    SELECT fiscal_year, avg(risk_score) AS avg_risk_score, avg(ml_score) AS avg_ml_score
    FROM risk_scores
    WHERE fiscal_year IN (${fiscal_years})
    GROUP BY fiscal_year
),
high_risk AS (
    SELECT fiscal_year,
           count(*) FILTER (WHERE journal_risk_band = 'critical') AS critical_journal_count,
           count(*) FILTER (WHERE journal_risk_band = 'high') AS high_journal_count,
           sum(debit_total) AS high_risk_amount
    FROM agg_high_risk
    WHERE fiscal_year IN (${fiscal_years})
    GROUP BY fiscal_year
),
benford AS (
    SELECT fiscal_year, any_value(mad) AS mad, any_value(conformity) AS conformity
    FROM agg_benford_distribution
    WHERE fiscal_year IN (${fiscal_years}) AND test = 'first'
    GROUP BY fiscal_year
)
SELECT l.fiscal_year, l.entry_count, l.journal_count, l.debit_total, l.credit_total, l.debit_total - l.credit_total,
       l.account_count, l.user_count, l.vendor_count, l.department_count, l.period_count, l.first_date, l.last_date,
       l.unknown_account_count, l.self_approved_rate, l.weekend_entry_rate,
       coalesce(v.violation_count, 0), coalesce(v.flagged_journal_count, 0),
       coalesce(h.critical_journal_count, 0), coalesce(h.high_journal_count, 0),
       s.avg_risk_score, coalesce(h.high_risk_amount, 0), s.avg_ml_score, b.mad, b.conformity
FROM ledger l
LEFT JOIN violations v ON v.fiscal_year = l.fiscal_year
LEFT JOIN scores s ON s.fiscal_year = l.fiscal_year
LEFT JOIN high_risk h ON h.fiscal_year = l.fiscal_year
LEFT JOIN benford b ON b.fiscal_year = l.fiscal_year;
