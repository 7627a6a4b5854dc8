-- One page of stored reviews, filtered by fiscal year, business unit, status and verdict (each optional), riskiest
-- first (reviews-count.sql counts the same filter).
SELECT import_id, fiscal_year, business_unit_code, journal_id, risk_score, risk_band, status, skip_reason, verdict,
       confidence, rationale, suggested_procedure, provider, model, cost, reviewed_at
FROM llm_reviews
WHERE (CAST(:fiscalYear AS INTEGER) IS NULL OR fiscal_year = CAST(:fiscalYear AS INTEGER))
  AND (CAST(:businessUnit AS VARCHAR) IS NULL OR business_unit_code = CAST(:businessUnit AS VARCHAR))
  AND (CAST(:status AS VARCHAR) IS NULL OR status = CAST(:status AS VARCHAR))
  AND (CAST(:verdict AS VARCHAR) IS NULL OR verdict = CAST(:verdict AS VARCHAR))
ORDER BY fiscal_year DESC, risk_score DESC, business_unit_code, journal_id, import_id
LIMIT :size OFFSET :offset
