-- ML_ISOLATION_MEDIUM: Moderate ML anomaly score (機械学習による中程度の異常度). Flags lines with a moderately high anomaly score; weak evidence alone, it strengthens other findings on the same line.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'ML anomaly score ' || round(m.ml_score, 3) AS message
FROM rule_entries l JOIN rule_ml m USING (gl_detail_id, fiscal_year, business_unit_code) WHERE m.ml_score >= ${min_score} AND m.ml_score < ${max_score}
