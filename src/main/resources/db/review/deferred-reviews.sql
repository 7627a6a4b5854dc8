-- Journals whose review an LLM outage deferred, optionally of one fiscal year and one business unit, riskiest first.
SELECT l.import_id, l.fiscal_year, l.journal_id, l.business_unit_code, l.risk_score, l.risk_band,
       (SELECT max(r.ml_score) FROM risk_scores r
        WHERE r.fiscal_year = l.fiscal_year AND r.journal_id = l.journal_id
          AND r.business_unit_code IS NOT DISTINCT FROM l.business_unit_code) AS ml_score
FROM llm_reviews l
WHERE l.status = 'deferred'
  AND (CAST(:fiscalYear AS INTEGER) IS NULL OR l.fiscal_year = CAST(:fiscalYear AS INTEGER))
  AND (CAST(:businessUnit AS VARCHAR) IS NULL OR l.business_unit_code = CAST(:businessUnit AS VARCHAR))
ORDER BY l.risk_score DESC, l.fiscal_year, l.journal_id
