-- agg_by_department: activity and risk per department (journal_entries.dept_code) in a fiscal year.
-- Reads scoped_lines (see refresh_inputs.sql). Counts lines, not journals: a journal can span departments.
-- One row per (fiscal_year, business_unit_code, dept_code); NULL dept_code groups lines without a department;
-- business_unit_code '*' totals all units.
--   dept_name                   from the departments master (NULL when the department is not in it)
--   entry_count                 journal lines
--   debit_total, credit_total   sums of the 'D' and 'C' line amounts; net_amount = debit_total - credit_total
--   avg_risk_score, max_risk_score  over the lines' risk_scores.risk_score (0..100; NULL before the rules ran)
--   critical_count ... minimal_count  lines per risk_scores.risk_band
--   high_risk_entry_count       lines in risk band critical or high
INSERT INTO agg_by_department (fiscal_year, business_unit_code, dept_code, dept_name, entry_count, debit_total, credit_total, net_amount,
    avg_risk_score, max_risk_score, critical_count, high_count, medium_count, low_count, minimal_count,
    high_risk_entry_count)
SELECT g.fiscal_year, g.business_unit_code, g.dept_code, d.dept_name, g.entry_count, g.debit_total, g.credit_total,
       g.debit_total - g.credit_total, g.avg_risk_score, g.max_risk_score, g.critical_count, g.high_count,
       g.medium_count, g.low_count, g.minimal_count, g.critical_count + g.high_count
FROM (
    SELECT fiscal_year, business_unit_code, dept_code,
           count(*) AS entry_count,
           coalesce(sum(amount) FILTER (WHERE is_debit), 0) AS debit_total,
           coalesce(sum(amount) FILTER (WHERE NOT is_debit), 0) AS credit_total,
           avg(risk_score) AS avg_risk_score,
           max(risk_score) AS max_risk_score,
           count(*) FILTER (WHERE risk_band = 'critical') AS critical_count,
           count(*) FILTER (WHERE risk_band = 'high') AS high_count,
           count(*) FILTER (WHERE risk_band = 'medium') AS medium_count,
           count(*) FILTER (WHERE risk_band = 'low') AS low_count,
           count(*) FILTER (WHERE risk_band = 'minimal') AS minimal_count
    FROM scoped_lines
    GROUP BY fiscal_year, business_unit_code, dept_code
) g
LEFT JOIN departments d ON d.dept_code = g.dept_code;
