-- TRD_MONTH_END_CONCENTRATION: User posting mostly at month-end (月末集中の入力者). Flags the month-end lines of users who post most of their entries in the last days of months; habitual month-end posting suggests adjustments rather than transactions.
WITH u AS (SELECT fiscal_year, prepared_by, count(*) AS n,
                  count(*) FILTER (WHERE last_day(effective_date) - effective_date < ${days}) AS month_end
           FROM rule_entries GROUP BY ALL HAVING count(*) >= ${min_lines})
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, l.prepared_by || ' posted ' || u.month_end || ' of ' || u.n || ' lines in the last ' || ${days} || ' days of a month' AS message
FROM rule_entries l JOIN u USING (fiscal_year, prepared_by)
WHERE u.month_end >= ${min_share} * u.n AND last_day(l.effective_date) - l.effective_date < ${days}
