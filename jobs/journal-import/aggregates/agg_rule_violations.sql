-- agg_rule_violations: how often each audit rule fired, per accounting period.
-- One row per (fiscal_year, business_unit_code, accounting_period, rule_id, category, severity) with at least one
-- violation; business_unit_code '*' totals all units. The period is that of the violating journal line (NULL when the
-- line is no longer in journal_entries).
--   violation_count             rule_violations rows
--   line_count, journal_count   distinct lines and journals hit (each with its business unit)
--   amount_total                sum of the amounts of the violating lines (each violation counts its line once)
--   avg_score, max_score        of rule_violations.score
INSERT INTO agg_rule_violations (fiscal_year, business_unit_code, accounting_period, rule_id, category, severity, violation_count,
    line_count, journal_count, amount_total, avg_score, max_score)
SELECT v.fiscal_year, v.business_unit_code, j.accounting_period, v.rule_id, v.category, v.severity,
       count(*), count(DISTINCT (v.line_unit, v.gl_detail_id)), count(DISTINCT (v.line_unit, v.journal_id)),
       coalesce(sum(j.amount), 0), avg(v.score), max(v.score)
FROM scoped_violations v
LEFT JOIN journal_entries j ON j.gl_detail_id = v.gl_detail_id AND j.fiscal_year = v.fiscal_year
    AND j.business_unit_code IS NOT DISTINCT FROM v.line_unit AND list_contains(getvariable('fiscal_years'), j.fiscal_year)
GROUP BY v.fiscal_year, v.business_unit_code, j.accounting_period, v.rule_id, v.category, v.severity;
