-- The rules that hit the lines of one import most: hits (violations) and journals hit, most hits first.
SELECT v.rule_id,
       count(*) AS hits,
       count(DISTINCT coalesce(v.business_unit_code, '') || '|' || v.fiscal_year || '|' || v.journal_id) AS journals
FROM rule_violations v
JOIN journal_entries je
  ON je.gl_detail_id = v.gl_detail_id AND je.fiscal_year = v.fiscal_year
 AND je.business_unit_code IS NOT DISTINCT FROM v.business_unit_code
WHERE je.import_id = :importId
GROUP BY v.rule_id
ORDER BY hits DESC, v.rule_id
LIMIT :top
