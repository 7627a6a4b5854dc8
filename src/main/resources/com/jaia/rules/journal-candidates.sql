-- The (business unit, fiscal year) pairs that hold a journal with this id, optionally narrowed. The id alone is looked
-- up through the journal_entries_journal index (materialised, so the other conditions are not pushed into the scan:
-- DuckDB uses the index only for a scan filtered on the indexed column alone).
WITH same_id AS MATERIALIZED (
    SELECT business_unit_code, fiscal_year FROM journal_entries WHERE journal_id = :id
)
SELECT DISTINCT business_unit_code, fiscal_year
FROM same_id
WHERE (CAST(:unit AS VARCHAR) IS NULL OR business_unit_code = :unit)
  AND (CAST(:year AS INTEGER) IS NULL OR fiscal_year = :year)
ORDER BY 1, 2
