-- agg_by_department: activity and risk per department (journal_entries.dept_code) in a fiscal year.
-- One row per (fiscal_year, dept_code); NULL dept_code groups lines without a department.
--   dept_name                   from the departments master (NULL when the department is not in it)
--   entry_count, journal_count  journal lines and distinct journal_id
--   user_count                  distinct prepared_by; account_count distinct gl_account_number
--   debit_total, credit_total   sums of the 'D' and 'C' line amounts; net_amount = debit_total - credit_total
--   avg_risk_score, max_risk_score  over the lines' risk_scores.risk_score (0..100; NULL before the rules ran)
--   critical_count ... minimal_count  lines per risk_scores.risk_band
--   high_risk_journal_count     distinct journals with a critical or high line
INSERT INTO agg_by_department (fiscal_year, dept_code, dept_name, entry_count, journal_count, user_count,
    account_count, debit_total, credit_total, net_amount, avg_risk_score, max_risk_score, critical_count, high_count,
    medium_count, low_count, minimal_count, high_risk_journal_count)
SELECT g.fiscal_year, g.dept_code, d.dept_name, g.entry_count, g.journal_count, g.user_count, g.account_count,
       g.debit_total, g.credit_total, g.debit_total - g.credit_total, g.avg_risk_score, g.max_risk_score,
       g.critical_count, g.high_count, g.medium_count, g.low_count, g.minimal_count, g.high_risk_journal_count
FROM (
    SELECT j.fiscal_year, j.dept_code,
           count(*) AS entry_count,
           count(DISTINCT j.journal_id) AS journal_count,
           count(DISTINCT j.prepared_by) AS user_count,
           count(DISTINCT j.gl_account_number) AS account_count,
           coalesce(sum(j.amount) FILTER (WHERE j.debit_credit_indicator = 'D'), 0) AS debit_total,
           coalesce(sum(j.amount) FILTER (WHERE j.debit_credit_indicator = 'C'), 0) AS credit_total,
           avg(r.risk_score) AS avg_risk_score,
           max(r.risk_score) AS max_risk_score,
           count(*) FILTER (WHERE r.risk_band = 'critical') AS critical_count,
           count(*) FILTER (WHERE r.risk_band = 'high') AS high_count,
           count(*) FILTER (WHERE r.risk_band = 'medium') AS medium_count,
           count(*) FILTER (WHERE r.risk_band = 'low') AS low_count,
           count(*) FILTER (WHERE r.risk_band = 'minimal') AS minimal_count,
           count(DISTINCT j.journal_id) FILTER (WHERE r.risk_band IN ('critical', 'high')) AS high_risk_journal_count
    FROM journal_entries j
    LEFT JOIN risk_scores r ON r.gl_detail_id = j.gl_detail_id AND r.fiscal_year = j.fiscal_year
        AND r.fiscal_year IN (${fiscal_years})
    WHERE j.fiscal_year IN (${fiscal_years})
    GROUP BY j.fiscal_year, j.dept_code
) g
LEFT JOIN departments d ON d.dept_code = g.dept_code;
