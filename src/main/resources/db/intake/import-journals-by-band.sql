-- The journals one import loaded, by journal risk band ('unscored' before the rules ran); a journal counts once.
SELECT coalesce(r.journal_risk_band, 'unscored') AS band,
       count(DISTINCT coalesce(je.business_unit_code, '') || '|' || je.fiscal_year || '|' || je.journal_id) AS journals
FROM journal_entries je
LEFT JOIN risk_scores r
       ON r.gl_detail_id = je.gl_detail_id AND r.fiscal_year = je.fiscal_year
      AND r.business_unit_code IS NOT DISTINCT FROM je.business_unit_code
WHERE je.import_id = :importId
GROUP BY 1
