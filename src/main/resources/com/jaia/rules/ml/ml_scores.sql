-- ML scores of one ledger (getvariable('ml_fiscal_year'), of the business unit ml_business_unit or of all): the per-line scores and texts computed in Java
-- (LineScore, FeatureExplanation) and read back from the workers' CSV files (getvariable('ml_score_files')), keyed by
-- the journal_entries row id; only the line's ids come from the ledger here. Both are session variables bound by
-- MlScorer.
INSERT INTO ml_scores (gl_detail_id, journal_id, fiscal_year, ml_score, ml_method, isolation_score, account_outlier_score,
                       user_outlier_score, top_features, business_unit_code)
SELECT je.gl_detail_id, je.journal_id, je.fiscal_year, s.ml_score, s.ml_method, s.isolation_score,
       s.account_outlier_score, s.user_outlier_score, coalesce(s.top_features, ''), je.business_unit_code
FROM read_csv(getvariable('ml_score_files'), header = false, auto_detect = false, quote = '', escape = '',
              columns = {'line_rowid': 'BIGINT', 'ml_score': 'DOUBLE', 'ml_method': 'VARCHAR',
                         'isolation_score': 'DOUBLE', 'account_outlier_score': 'DOUBLE',
                         'user_outlier_score': 'DOUBLE', 'top_features': 'VARCHAR'}) s
JOIN journal_entries je ON je.rowid = s.line_rowid
WHERE je.fiscal_year = getvariable('ml_fiscal_year') AND (getvariable('ml_all_units') OR coalesce(je.business_unit_code, '') = getvariable('ml_business_unit'));
