-- The journals of one import at or above the minimum risk band, riskiest first, capped per import; those already
-- reviewed for the import are left out so a restart re-sends nothing.
WITH journals AS (
    SELECT DISTINCT journal_id, fiscal_year, business_unit_code
    FROM journal_entries
    WHERE import_id = :importId
), scored AS (
    SELECT r.journal_id, r.fiscal_year, r.business_unit_code,
           max(coalesce(r.journal_risk_score, r.risk_score)) AS risk_score,
           arg_max(coalesce(r.journal_risk_band, r.risk_band), coalesce(r.journal_risk_score, r.risk_score)) AS risk_band,
           max(r.ml_score) AS ml_score
    FROM risk_scores r
    JOIN journals j ON j.journal_id = r.journal_id AND j.fiscal_year = r.fiscal_year
         AND j.business_unit_code IS NOT DISTINCT FROM r.business_unit_code
    GROUP BY r.journal_id, r.fiscal_year, r.business_unit_code
), selected AS (
    SELECT *
    FROM scored
    WHERE CASE lower(risk_band) WHEN 'critical' THEN 5 WHEN 'high' THEN 4 WHEN 'medium' THEN 3 WHEN 'low' THEN 2
              ELSE 1 END >= :minRank
    ORDER BY risk_score DESC, fiscal_year, journal_id
    LIMIT :maxJournals
)
SELECT s.*
FROM selected s
WHERE NOT EXISTS (SELECT 1 FROM llm_reviews l
                  WHERE l.import_id = :importId AND l.fiscal_year = s.fiscal_year AND l.journal_id = s.journal_id
                    AND l.business_unit_code IS NOT DISTINCT FROM s.business_unit_code
                    AND l.status = 'reviewed')
ORDER BY s.risk_score DESC, s.fiscal_year, s.journal_id
