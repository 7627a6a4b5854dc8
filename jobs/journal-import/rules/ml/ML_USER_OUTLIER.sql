-- ML_USER_OUTLIER: ML outlier for its user (ユーザー内の機械学習外れ値). Flags lines the model finds unusual for their preparer (the user-level method or user features drive the score).
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'ML score ' || round(m.ml_score, 3) || ' unusual for user ' || coalesce(l.prepared_by, '?') || ' (' || coalesce(m.top_features, '') || ')' AS message
FROM rule_entries l JOIN rule_ml m USING (gl_detail_id, fiscal_year, business_unit_code)
WHERE m.ml_score >= ${min_score} AND (m.ml_method ILIKE '%user%' OR m.top_features ILIKE '%user%' OR m.top_features ILIKE '%prepared_by%')
