-- ML_TOP_PERCENTILE: Top anomaly percentile (異常度上位の明細). Flags lines in the top sliver of the year's anomaly scores (and above a floor); it ranks the ledger against itself whatever the score scale.
WITH q AS (SELECT fiscal_year, quantile_cont(ml_score, ${percentile}) AS cut FROM rule_ml GROUP BY ALL)
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'ML score ' || round(m.ml_score, 3) || ' is in the top ' || round(100 * (1 - ${percentile}), 2) || '% of the year' AS message
FROM rule_entries l JOIN rule_ml m USING (gl_detail_id, fiscal_year, business_unit_code) JOIN q ON q.fiscal_year = l.fiscal_year
WHERE m.ml_score >= q.cut AND m.ml_score >= ${min_score}
