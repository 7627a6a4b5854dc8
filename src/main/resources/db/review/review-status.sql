-- The current status of one journal's review for an import (reviewed, skipped, deferred), none when never selected.
SELECT status
FROM llm_reviews
WHERE import_id = :importId AND fiscal_year = :fiscalYear AND journal_id = :journalId
  AND business_unit_code IS NOT DISTINCT FROM CAST(:businessUnit AS VARCHAR)
