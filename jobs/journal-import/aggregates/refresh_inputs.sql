-- refresh_inputs: not an aggregate table but the shared inputs of all of them, built at the start of each refresh as
-- temporary tables and views of the refresh's connection (dropped at its end).
--
-- Fiscal years: the years refreshed are the session variable getvariable('refresh_years') here; each aggregate's own
-- statement reads the years it refreshes as getvariable('fiscal_years') (the following year too for a table that
-- compares with the previous year). Both are lists bound as parameters by the refresh.
--
-- Business units: every aggregate is computed per business unit and over all of them. The scoped_* views hold each
-- row twice, once with business_unit_code = its unit and once with business_unit_code = '*' (all units); line_unit is
-- the row's own unit in both. A statement that groups by business_unit_code therefore yields each unit's rows and the
-- totals, and counts journals as distinct (line_unit, journal_id): two units may number their journals alike.
-- Lines are matched to their scores by (business_unit_code, fiscal_year, gl_detail_id), a line's identity.
--
-- refresh_journals: one row per (business_unit_code, fiscal_year, journal_id); read through scoped_journals.
--   prepared_by, approved_by    the largest value over the journal's lines
--   amount                      sum of the debit lines
--   entered                     earliest entry_date (effective_date when a line has none)
--   approved_date               latest approved_date
--
-- refresh_lines: one row per journal line with its risk score; read through scoped_lines. Columns: business_unit_code,
--   fiscal_year, accounting_period, journal_id, prepared_by, dept_code, vendor_code, amount,
--   is_debit (debit_credit_indicator = 'D'), effective_date,
--   weekend (entered on a Saturday or Sunday: entry_date, else effective_date),
--   after_hours (entry_time before 07:00 or from 22:00), self_approved (approved_by = prepared_by),
--   unapproved (no approved_by), risk_score, risk_band ('unscored' without a risk score), ml_score, violation_count.
--
-- scoped_entries, scoped_violations, scoped_risk_scores, scoped_ml_scores: journal_entries, rule_violations,
--   risk_scores and ml_scores of the fiscal years refreshed; scoped_high_risk: agg_high_risk (read when it is filled).
CREATE OR REPLACE TEMP TABLE refresh_journals AS
SELECT business_unit_code, fiscal_year, journal_id,
       max(prepared_by) AS prepared_by,
       max(approved_by) AS approved_by,
       coalesce(sum(amount) FILTER (WHERE debit_credit_indicator = 'D'), 0) AS amount,
       min(coalesce(entry_date, effective_date)) AS entered,
       max(approved_date) AS approved_date
FROM journal_entries
WHERE list_contains(getvariable('refresh_years'), fiscal_year)
GROUP BY business_unit_code, fiscal_year, journal_id;

CREATE OR REPLACE TEMP TABLE refresh_lines AS
SELECT j.business_unit_code, j.fiscal_year, j.accounting_period, j.journal_id, j.prepared_by, j.dept_code,
       j.vendor_code, j.amount,
       j.debit_credit_indicator = 'D' AS is_debit,
       j.effective_date,
       isodow(coalesce(j.entry_date, j.effective_date)) >= 6 AS weekend,
       coalesce(hour(j.entry_time) < 7 OR hour(j.entry_time) >= 22, false) AS after_hours,
       coalesce(j.approved_by = j.prepared_by, false) AS self_approved,
       j.approved_by IS NULL AS unapproved,
       r.risk_score, coalesce(r.risk_band, 'unscored') AS risk_band, r.ml_score, r.violation_count
FROM journal_entries j
LEFT JOIN risk_scores r ON r.gl_detail_id = j.gl_detail_id AND r.fiscal_year = j.fiscal_year
    AND r.business_unit_code IS NOT DISTINCT FROM j.business_unit_code
    AND list_contains(getvariable('refresh_years'), r.fiscal_year)
WHERE list_contains(getvariable('refresh_years'), j.fiscal_year);

-- Each row of a table of the refreshed years twice: with its own business unit and with '*' (all units); line_unit is
-- the row's own unit in both.
CREATE OR REPLACE TEMP MACRO unit_and_all(source) AS TABLE
SELECT business_unit_code AS line_unit, * FROM query_table(source)
WHERE list_contains(getvariable('refresh_years'), fiscal_year)
UNION ALL
SELECT business_unit_code AS line_unit, * REPLACE ('*' AS business_unit_code) FROM query_table(source)
WHERE list_contains(getvariable('refresh_years'), fiscal_year);

CREATE OR REPLACE TEMP VIEW scoped_entries AS SELECT * FROM unit_and_all(journal_entries);
CREATE OR REPLACE TEMP VIEW scoped_lines AS SELECT * FROM unit_and_all(refresh_lines);
CREATE OR REPLACE TEMP VIEW scoped_journals AS SELECT * FROM unit_and_all(refresh_journals);
CREATE OR REPLACE TEMP VIEW scoped_violations AS SELECT * FROM unit_and_all(rule_violations);
CREATE OR REPLACE TEMP VIEW scoped_risk_scores AS SELECT * FROM unit_and_all(risk_scores);
CREATE OR REPLACE TEMP VIEW scoped_ml_scores AS SELECT * FROM unit_and_all(ml_scores);
CREATE OR REPLACE TEMP VIEW scoped_high_risk AS SELECT * FROM unit_and_all(agg_high_risk);

-- An account's values of each period (cur) against those of the period it is compared with (prev), both relations of
-- (fiscal_year, business_unit_code, accounting_period, gl_account_number, debit_total, credit_total, net_amount,
-- entry_count) keyed by the period compared from: this period's values (0 when the account had no postings) and the
-- other period's as p_debit, p_credit, p_net, p_count (NULL when none). Read by agg_trend_mom and agg_trend_yoy.
CREATE OR REPLACE TEMP MACRO account_movement(cur, prev) AS TABLE
SELECT coalesce(c.fiscal_year, p.fiscal_year) AS fiscal_year,
       CASE WHEN c.fiscal_year IS NULL THEN p.business_unit_code ELSE c.business_unit_code END AS business_unit_code,
       coalesce(c.accounting_period, p.accounting_period) AS accounting_period,
       coalesce(c.gl_account_number, p.gl_account_number) AS gl_account_number,
       coalesce(c.debit_total, 0) AS debit_total, coalesce(c.credit_total, 0) AS credit_total,
       coalesce(c.net_amount, 0) AS net_amount, coalesce(c.entry_count, 0) AS entry_count,
       p.debit_total AS p_debit, p.credit_total AS p_credit, p.net_amount AS p_net, p.entry_count AS p_count
FROM query_table(cur) c
FULL OUTER JOIN query_table(prev) p ON p.fiscal_year = c.fiscal_year AND p.accounting_period = c.accounting_period
    AND p.gl_account_number = c.gl_account_number
    AND p.business_unit_code IS NOT DISTINCT FROM c.business_unit_code;

-- What the lines of each (fiscal_year, business_unit_code, group_key) add up to; lines is scoped_lines (or some of
-- its rows) with the column to group by as group_key. Read by agg_by_department, agg_by_user and agg_by_vendor.
CREATE OR REPLACE TEMP MACRO line_activity(lines) AS TABLE
SELECT fiscal_year, business_unit_code, group_key,
       count(*) AS entry_count,
       coalesce(sum(amount) FILTER (WHERE is_debit), 0) AS debit_total,
       coalesce(sum(amount) FILTER (WHERE NOT is_debit), 0) AS credit_total,
       max(amount) AS max_amount,
       min(effective_date) AS first_date,
       max(effective_date) AS last_date,
       count(*) FILTER (WHERE self_approved) AS self_approved_count,
       count(*) FILTER (WHERE unapproved) AS unapproved_count,
       count(*) FILTER (WHERE weekend) AS weekend_count,
       count(*) FILTER (WHERE after_hours) AS after_hours_count,
       avg(risk_score) AS avg_risk_score,
       max(risk_score) AS max_risk_score,
       count(*) FILTER (WHERE risk_band = 'critical') AS critical_count,
       count(*) FILTER (WHERE risk_band = 'high') AS high_count,
       count(*) FILTER (WHERE risk_band = 'medium') AS medium_count,
       count(*) FILTER (WHERE risk_band = 'low') AS low_count,
       count(*) FILTER (WHERE risk_band = 'minimal') AS minimal_count
FROM query_table(lines)
GROUP BY fiscal_year, business_unit_code, group_key;
