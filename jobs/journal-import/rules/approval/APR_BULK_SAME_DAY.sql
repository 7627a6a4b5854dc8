-- APR_BULK_SAME_DAY: Bulk same-day approval (同日大量承認). Flags journals an approver approved on a day they approved far more than usual; rubber-stamping in bulk is approval in name only.
WITH daily AS (
  SELECT fiscal_year, approved_by, approved_date, count(DISTINCT (journal_id, business_unit_code)) AS n FROM rule_entries
  WHERE approved_by IS NOT NULL AND approved_date IS NOT NULL GROUP BY ALL),
typical AS (SELECT fiscal_year, approved_by, median(n) AS med FROM daily GROUP BY ALL),
bulk AS (SELECT d.* , t.med FROM daily d JOIN typical t USING (fiscal_year, approved_by)
         WHERE d.n >= ${min_count} AND d.n >= ${factor} * t.med)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, l.approved_by || ' approved ' || b.n || ' journals on ' || l.approved_date || ' (typically ' || b.med || ')' AS message
FROM rule_entries l JOIN bulk b USING (fiscal_year, approved_by, approved_date)
