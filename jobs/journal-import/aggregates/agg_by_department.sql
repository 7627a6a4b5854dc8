-- agg_by_department: activity and risk per department (journal_entries.dept_code) in a fiscal year.
-- Reads scoped_lines through line_activity (see refresh_inputs.sql). Counts lines, not journals: a journal can span departments.
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
WITH grouped_lines AS (SELECT *, dept_code AS group_key FROM scoped_lines)
SELECT g.fiscal_year, g.business_unit_code, g.group_key, d.dept_name, g.entry_count, g.debit_total, g.credit_total,
       g.debit_total - g.credit_total, g.avg_risk_score, g.max_risk_score, g.critical_count, g.high_count,
       g.medium_count, g.low_count, g.minimal_count, g.critical_count + g.high_count
FROM line_activity(grouped_lines) g
LEFT JOIN departments d ON d.dept_code = g.group_key;
