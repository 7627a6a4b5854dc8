-- refresh_inputs: not an aggregate table but the shared inputs of several, built at the start of each refresh as
-- temporary tables of the refresh's connection (dropped at its end). They exist for speed: the journal lines are
-- joined with their risk scores once, not once per table, and journals are formed once.
--
-- refresh_journals: one row per (fiscal_year, journal_id); read by agg_approval_patterns and agg_by_user.
--   prepared_by, approved_by    the largest value over the journal's lines
--   amount                      sum of the debit lines
--   entered                     earliest entry_date (effective_date when a line has none)
--   approved_date               latest approved_date
--
-- refresh_lines: one row per journal line with its risk score; read by agg_by_user, agg_by_department, agg_by_vendor
-- and agg_anomaly_summary. Columns: fiscal_year, accounting_period, prepared_by, dept_code, vendor_code, amount,
--   is_debit (debit_credit_indicator = 'D'), effective_date,
--   weekend (entered on a Saturday or Sunday: entry_date, else effective_date),
--   after_hours (entry_time before 07:00 or from 22:00), self_approved (approved_by = prepared_by),
--   unapproved (no approved_by), risk_score, risk_band ('unscored' without a risk score), ml_score, violation_count.
CREATE OR REPLACE TEMP TABLE refresh_journals AS
SELECT fiscal_year, journal_id,
       max(prepared_by) AS prepared_by,
       max(approved_by) AS approved_by,
       coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'D'), 0) AS amount,
       min(coalesce(entry_date, effective_date)) AS entered,
       max(approved_date) AS approved_date
FROM journal_entries
WHERE fiscal_year IN (${fiscal_years})
GROUP BY fiscal_year, journal_id;

CREATE OR REPLACE TEMP TABLE refresh_lines AS
SELECT j.fiscal_year, j.accounting_period, j.prepared_by, j.dept_code, j.vendor_code, j.amount,
       j.debit_credit_indicator = 'D' AS is_debit,
       j.effective_date,
       isodow(coalesce(j.entry_date, j.effective_date)) >= 6 AS weekend,
       coalesce(hour(j.entry_time) < 7 OR hour(j.entry_time) >= 22, false) AS after_hours,
       coalesce(j.approved_by = j.prepared_by, false) AS self_approved,
       j.approved_by IS NULL AS unapproved,
       r.risk_score, coalesce(r.risk_band, 'unscored') AS risk_band, r.ml_score, r.violation_count
FROM journal_entries j
LEFT JOIN risk_scores r ON r.gl_detail_id = j.gl_detail_id AND r.fiscal_year = j.fiscal_year
    AND r.fiscal_year IN (${fiscal_years})
WHERE j.fiscal_year IN (${fiscal_years});
