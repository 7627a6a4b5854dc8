-- ML_ISOLATION_HIGH: High ML anomaly score (機械学習による高異常度). Flags lines the unsupervised anomaly model scores as highly unusual across all features; they differ from the ledger in ways no single rule names.
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'ML anomaly score ' || round(m.ml_score, 3) || ' (' || coalesce(m.ml_method, '?') || '; ' || coalesce(m.top_features, '') || ')' AS message
FROM rule_entries l JOIN rule_ml m USING (gl_detail_id, fiscal_year, business_unit_code) WHERE m.ml_score >= ${min_score}
