-- agg_by_user: what each preparer posted in a fiscal year and how risky it was (segregation-of-duties review).
-- Reads scoped_lines and scoped_journals (see refresh_inputs.sql) and agg_high_risk (refreshed before it, through
-- scoped_high_risk).
-- One row per (fiscal_year, business_unit_code, user_id) where user_id is prepared_by (NULL groups lines without a
-- preparer); business_unit_code '*' totals all units.
--   user_name, dept_code        from the users master (NULL when the user is not in it)
--   entry_count                 journal lines prepared
--   journal_count               journals prepared (a journal's preparer is the largest prepared_by of its lines)
--   debit_total, credit_total   sums of the 'D' and 'C' line amounts
--   self_approved_count         lines the preparer also approved (approved_by = prepared_by)
--   unapproved_count            lines without approved_by
--   weekend_count               lines entered on a Saturday or Sunday (entry_date, else effective_date)
--   after_hours_count           lines entered before 07:00 or from 22:00 (entry_time)
--   avg_risk_score, max_risk_score  over the lines' risk_scores.risk_score (0..100; NULL before the rules ran)
--   critical_count ... minimal_count  lines per risk_scores.risk_band
--   high_risk_journal_count     journals of agg_high_risk (critical or high) the user prepared
INSERT INTO agg_by_user (fiscal_year, business_unit_code, user_id, user_name, dept_code, entry_count, journal_count, debit_total,
    credit_total, self_approved_count, unapproved_count, weekend_count, after_hours_count, avg_risk_score,
    max_risk_score, critical_count, high_count, medium_count, low_count, minimal_count, high_risk_journal_count)
WITH grouped_lines AS (SELECT *, prepared_by AS group_key FROM scoped_lines)
SELECT g.fiscal_year, g.business_unit_code, g.group_key, u.user_name, u.dept_code, g.entry_count, coalesce(j.journal_count, 0),
       g.debit_total, g.credit_total, g.self_approved_count, g.unapproved_count, g.weekend_count,
       g.after_hours_count, g.avg_risk_score, g.max_risk_score, g.critical_count, g.high_count, g.medium_count,
       g.low_count, g.minimal_count, coalesce(h.high_risk_journal_count, 0)
FROM line_activity(grouped_lines) g
LEFT JOIN users u ON u.user_id = g.group_key
LEFT JOIN (SELECT fiscal_year, business_unit_code, prepared_by, count(*) AS journal_count
           FROM scoped_journals GROUP BY fiscal_year, business_unit_code, prepared_by) j
    ON j.fiscal_year = g.fiscal_year AND j.business_unit_code IS NOT DISTINCT FROM g.business_unit_code
    AND j.prepared_by IS NOT DISTINCT FROM g.group_key
LEFT JOIN (SELECT fiscal_year, business_unit_code, prepared_by, count(*) AS high_risk_journal_count
           FROM scoped_high_risk GROUP BY fiscal_year, business_unit_code, prepared_by) h
    ON h.fiscal_year = g.fiscal_year AND h.business_unit_code IS NOT DISTINCT FROM g.business_unit_code
    AND h.prepared_by IS NOT DISTINCT FROM g.group_key;
