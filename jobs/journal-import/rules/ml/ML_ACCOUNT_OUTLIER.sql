-- ML_ACCOUNT_OUTLIER: ML outlier within its account (勘定科目内の機械学習外れ値). Flags lines the model finds unusual for their account (the account-level method or account features drive the score).
SELECT l.gl_detail_id, l.journal_id, l.fiscal_year, l.business_unit_code, 'ML score ' || round(m.ml_score, 3) || ' unusual for account ' || l.gl_account_number || ' (' || coalesce(m.top_features, '') || ')' AS message
FROM rule_entries l JOIN rule_ml m USING (gl_detail_id, fiscal_year, business_unit_code)
WHERE m.ml_score >= ${min_score} AND (m.ml_method ILIKE '%account%' OR m.top_features ILIKE '%account%')
