-- ML_JOURNAL_OUTLIER: Journal with several anomalous lines (複数明細が異常な仕訳). Flags journals where several lines score high on the anomaly model; a whole unusual journal matters more than one odd line.
WITH j AS (SELECT journal_id, fiscal_year, business_unit_code, count(*) AS n FROM rule_ml WHERE ml_score >= ${min_score} GROUP BY ALL HAVING count(*) >= ${min_lines})
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, j.n || ' lines of the journal score at least ' || ${min_score} || ' (this one ' || round(m.ml_score, 3) || ')' AS message
FROM rule_entries l JOIN rule_ml m USING (gl_detail_id, fiscal_year, business_unit_code) JOIN j ON j.journal_id = l.journal_id AND j.fiscal_year = l.fiscal_year AND j.business_unit_code = l.business_unit_code
WHERE m.ml_score >= ${min_score}
