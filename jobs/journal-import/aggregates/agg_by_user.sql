-- agg_by_user: what each preparer posted in a fiscal year and how risky it was (segregation-of-duties review).
-- One row per (fiscal_year, user_id) where user_id is prepared_by (NULL groups lines without a preparer).
--   user_name, dept_code        from the users master (NULL when the user is not in it)
--   entry_count, journal_count  journal lines and distinct journal_id prepared
--   debit_total, credit_total   sums of the 'D' and 'C' line amounts; account_count distinct accounts touched
--   self_approved_count         lines the preparer also approved (approved_by = prepared_by)
--   unapproved_count            lines without approved_by
--   weekend_count               lines entered on a Saturday or Sunday (entry_date, else effective_date)
--   after_hours_count           lines entered before 07:00 or from 22:00 (entry_time)
--   avg_risk_score, max_risk_score  over the lines' risk_scores.risk_score (0..100; NULL before the rules ran)
--   critical_count ... minimal_count  lines per risk_scores.risk_band
--   high_risk_journal_count     distinct journals with a critical or high line
INSERT INTO agg_by_user (fiscal_year, user_id, user_name, dept_code, entry_count, journal_count, debit_total,
    credit_total, account_count, self_approved_count, unapproved_count, weekend_count, after_hours_count,
    avg_risk_score, max_risk_score, critical_count, high_count, medium_count, low_count, minimal_count,
    high_risk_journal_count)
SELECT g.fiscal_year, g.user_id, u.user_name, u.dept_code, g.entry_count, g.journal_count, g.debit_total,
       g.credit_total, g.account_count, g.self_approved_count, g.unapproved_count, g.weekend_count,
       g.after_hours_count, g.avg_risk_score, g.max_risk_score, g.critical_count, g.high_count, g.medium_count,
       g.low_count, g.minimal_count, g.high_risk_journal_count
FROM (
    SELECT j.fiscal_year, j.prepared_by AS user_id,
           count(*) AS entry_count,
           count(DISTINCT j.journal_id) AS journal_count,
           coalesce(sum(j.amount) FILTER (WHERE j.debit_credit_indicator = 'D'), 0) AS debit_total,
           coalesce(sum(j.amount) FILTER (WHERE j.debit_credit_indicator = 'C'), 0) AS credit_total,
           count(DISTINCT j.gl_account_number) AS account_count,
           count(*) FILTER (WHERE j.approved_by = j.prepared_by) AS self_approved_count,
           count(*) FILTER (WHERE j.approved_by IS NULL) AS unapproved_count,
           count(*) FILTER (WHERE isodow(coalesce(j.entry_date, j.effective_date)) >= 6) AS weekend_count,
           count(*) FILTER (WHERE hour(j.entry_time) < 7 OR hour(j.entry_time) >= 22) AS after_hours_count,
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
    GROUP BY j.fiscal_year, j.prepared_by
) g
LEFT JOIN users u ON u.user_id = g.user_id;
