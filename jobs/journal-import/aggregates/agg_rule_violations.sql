-- agg_rule_violations: how often each audit rule fired, per accounting period.
-- One row per (fiscal_year, accounting_period, rule_id, category, severity) with at least one violation; the period is
-- that of the violating journal line (NULL when the line is no longer in journal_entries).
--   violation_count             rule_violations rows
--   line_count, journal_count   distinct gl_detail_id and journal_id hit
--   amount_total                sum of the amounts of the violating lines (each violation counts its line once)
--   avg_score, max_score        of rule_violations.score
INSERT INTO agg_rule_violations (fiscal_year, accounting_period, rule_id, category, severity, violation_count,
    line_count, journal_count, amount_total, avg_score, max_score)
SELECT v.fiscal_year, j.accounting_period, v.rule_id, v.category, v.severity,
       count(*), count(DISTINCT v.gl_detail_id), count(DISTINCT v.journal_id),
       coalesce(sum(j.amount), 0), avg(v.score), max(v.score)
FROM rule_violations v
LEFT JOIN journal_entries j ON j.gl_detail_id = v.gl_detail_id AND j.fiscal_year = v.fiscal_year
    AND j.fiscal_year IN (${fiscal_years})
WHERE v.fiscal_year IN (${fiscal_years})
GROUP BY v.fiscal_year, j.accounting_period, v.rule_id, v.category, v.severity;
