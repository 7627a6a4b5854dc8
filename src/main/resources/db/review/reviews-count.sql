-- How many stored reviews match the filter of reviews-page.sql.
SELECT count(*)
FROM llm_reviews
WHERE (CAST(:fiscalYear AS INTEGER) IS NULL OR fiscal_year = CAST(:fiscalYear AS INTEGER))
  AND (CAST(:businessUnit AS VARCHAR) IS NULL OR business_unit_code = CAST(:businessUnit AS VARCHAR))
  AND (CAST(:status AS VARCHAR) IS NULL OR status = CAST(:status AS VARCHAR))
  AND (CAST(:verdict AS VARCHAR) IS NULL OR verdict = CAST(:verdict AS VARCHAR))
